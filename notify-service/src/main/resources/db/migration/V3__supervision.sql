-- What the daily brief and the supervision reminders need, learnt from the events consumed.
alter table project_audience add column total_investment numeric(14, 2);
alter table project_audience add column milestones jsonb not null default '{}'; -- stage -> {plannedOn, actualOn}
alter table project_audience add column last_reported_month varchar(7);       -- yyyy-MM of the latest investment report

-- One line per event that a daily brief counts, on the Asia/Shanghai day it happened.
create table brief_fact (
    event_id   varchar(100) primary key,
    district   varchar(40)  not null,
    day        date         not null,
    kind       varchar(20)  not null, -- SIGNED, STAGE_CHANGED, TICKET_OPENED, TICKET_RESOLVED, TICKET_OVERDUE, ESCALATED
    project_id uuid         not null,
    name       varchar(300) not null,
    amount     numeric(14, 2)
);
create index brief_fact_day_idx on brief_fact (day, district);

-- Open tickets that block a milestone: the milestone-at-risk reminder watches them.
create table blocking_ticket (
    ticket_id        uuid primary key,
    project_id       uuid         not null,
    title            varchar(300) not null,
    blocks_milestone varchar(30)  not null,
    source_version   bigint       not null
);
create index blocking_ticket_project_idx on blocking_ticket (project_id);
