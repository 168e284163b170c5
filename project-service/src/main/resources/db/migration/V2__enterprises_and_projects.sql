create table enterprise (
    id             uuid primary key,
    name           varchar(200) not null,
    credit_code    char(18)     not null unique,
    contact_person varchar(100),
    contact_phone  varchar(40),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index enterprise_name_idx on enterprise (lower(name));

create table project (
    id                       uuid primary key,
    version                  bigint        not null,
    name                     varchar(200)  not null,
    enterprise_id            uuid          not null references enterprise (id),
    district_code            varchar(40)   not null references district (code),
    industry_code            varchar(40)   not null references industry (code),
    categories               varchar(40)[] not null default '{}',
    attraction_method        varchar(40)   references attraction_method (code),
    campaign                 varchar(200),
    total_investment         numeric(16, 2) not null,
    agreed_investment        numeric(16, 2) not null,
    foreign_capital_usd      numeric(16, 2),
    out_of_province_capital  numeric(16, 2),
    tier                     varchar(20)   not null,
    city_listed              boolean       not null default false,
    major                    boolean       not null,
    kind                     varchar(20)   not null, -- NEW, PHASE or ADDED_INVESTMENT
    phase_label              varchar(40),
    parent_project_id        uuid          references project (id),
    stage                    varchar(30)   not null,
    suspended_from           varchar(30),
    last_moved_on            date,
    investment_completed     numeric(18, 2) not null default 0,
    search_text              text          not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null
);
create index project_district_stage_idx on project (district_code, stage);
create index project_stage_idx on project (stage);
create index project_tier_idx on project (tier);
create index project_industry_idx on project (industry_code);
create index project_enterprise_idx on project (enterprise_id);
create index project_categories_idx on project using gin (categories);
create index project_created_idx on project (created_at desc, id);

-- Planned and actual date per milestone; recognition (开工认定 / 竣工验收) where the city confirms it.
create table project_milestone (
    project_id      uuid        not null references project (id),
    stage           varchar(30) not null,
    planned_on      date,
    actual_on       date,
    recognized_by   varchar(200),
    recognized_on   date,
    primary key (project_id, stage)
);
create index milestone_stage_actual_idx on project_milestone (stage, actual_on);

create table project_transition (
    id           uuid primary key,
    project_id   uuid         not null references project (id),
    from_stage   varchar(30)  not null,
    to_stage     varchar(30)  not null,
    occurred_on  date         not null,
    actor        varchar(200) not null,
    note         varchar(2000),
    reason       varchar(2000),
    recognized_by varchar(200),
    recognized_on date,
    recorded_at  timestamptz  not null
);
create index transition_project_idx on project_transition (project_id, recorded_at);

create table project_team (
    project_id        uuid primary key references project (id),
    chief             varchar(200),
    leader_in_charge  varchar(200),
    assisting_units   jsonb not null default '[]',
    liaison_groups    jsonb not null default '[]',
    updated_at        timestamptz not null,
    updated_by        varchar(200) not null
);

-- Every subject on a project's team, whatever their role, so "my projects" is one indexed look-up.
create table project_team_member (
    project_id uuid         not null references project (id),
    subject    varchar(200) not null,
    role       varchar(20)  not null, -- CHIEF, LEADER, MEMBER, LIAISON
    primary key (project_id, subject, role)
);
create index team_member_subject_idx on project_team_member (subject);

create table investment_report (
    id          uuid primary key,
    project_id  uuid           not null references project (id),
    month       char(7)        not null,
    amount      numeric(16, 2) not null,
    reported_by varchar(200)   not null,
    reported_at timestamptz    not null,
    unique (project_id, month)
);
create index investment_report_month_idx on investment_report (month);

-- A correction keeps what it replaced.
create table investment_report_revision (
    id             uuid primary key,
    report_id      uuid           not null references investment_report (id),
    previous_amount numeric(16, 2) not null,
    new_amount     numeric(16, 2) not null,
    note           varchar(2000),
    revised_by     varchar(200)   not null,
    revised_at     timestamptz    not null
);

create table district_target (
    year          int            not null,
    district_code varchar(40)    not null references district (code),
    metric        varchar(30)    not null,
    min_tier      varchar(20)    not null default 'ANY',
    category      varchar(40)    not null default 'ANY',
    target_value  numeric(18, 2) not null,
    updated_by    varchar(200)   not null,
    updated_at    timestamptz    not null,
    primary key (year, district_code, metric, min_tier, category)
);
