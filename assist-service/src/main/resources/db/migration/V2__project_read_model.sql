-- What assist-service knows of projects, fed by project.events (never by project-service's tables).
create table known_project (
    project_id       uuid primary key,
    name             varchar(200) not null,
    enterprise_code  varchar(18)  not null,
    enterprise_name  varchar(200),
    district         varchar(40)  not null,
    stage            varchar(30)  not null,
    major            boolean      not null,
    chief            varchar(200),
    leader_in_charge varchar(200),
    members          jsonb        not null default '[]',
    milestones       jsonb        not null default '{}',
    source_version   bigint       not null,
    updated_at       timestamptz  not null
);
create index known_project_district_idx on known_project (district);

-- Consumed event ids: a redelivered event is recognised and skipped.
create table processed_event (
    event_id     varchar(100) primary key,
    type         varchar(60)  not null,
    processed_at timestamptz  not null
);
