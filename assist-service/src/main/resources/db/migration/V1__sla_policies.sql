-- 限时办结: response and resolution limits per category and priority, on the working calendar.
create table sla_policy (
    category          varchar(40)   not null,
    priority          varchar(10)   not null,
    response_amount   int           not null,
    response_unit     varchar(20)   not null, -- WORKING_HOURS or WORKING_DAYS
    resolution_amount int           not null,
    resolution_unit   varchar(20)   not null,
    warning_ratio     numeric(3, 2) not null,
    updated_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    primary key (category, priority)
);

insert into sla_policy (category, priority, response_amount, response_unit, resolution_amount, resolution_unit, warning_ratio, updated_by, updated_at)
select c.category, p.priority,
       case p.priority when 'URGENT' then 1 else 4 end, 'WORKING_HOURS',
       case when p.priority = 'URGENT' then 1 else c.days end, 'WORKING_DAYS',
       0.75, 'flyway', now()
from (values ('PLANNING_PERMIT', 10), ('CONSTRUCTION_PERMIT', 10), ('STAFFING', 5), ('POWER_LINE_RELOCATION', 3),
             ('SITE_ACCESS', 2), ('GRID_CONNECTION', 10), ('LAND', 15), ('FUNDING', 10), ('ENVIRONMENTAL_REVIEW', 15),
             ('UTILITIES', 5), ('APPROVAL', 10), ('OTHER', 5)) as c(category, days)
cross join (values ('NORMAL'), ('URGENT')) as p(priority);
