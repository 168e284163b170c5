-- 帮办 tickets: one row per ticket, the timeline keeps everything that happened.
create table ticket (
    id                 uuid primary key,
    version            bigint       not null,
    project_id         uuid         not null,
    project_name       varchar(200) not null,
    enterprise_code    varchar(18)  not null,
    district           varchar(40)  not null,
    category           varchar(40)  not null,
    priority           varchar(10)  not null,
    title              varchar(200) not null,
    description        text         not null,
    contact            varchar(200),
    blocks_milestone   varchar(30),
    status             varchar(20)  not null,
    owner              varchar(200),
    escalation_level   int          not null default 0,
    submitted_by       varchar(200) not null,
    submitted_at       timestamptz  not null,
    response_due_at    timestamptz  not null,
    resolution_due_at  timestamptz  not null,
    accepted_at        timestamptz,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    rating             int,
    rating_comment     varchar(2000),
    updated_at         timestamptz  not null
);
create index ticket_project_idx on ticket (project_id);
create index ticket_status_idx on ticket (status);
create index ticket_district_idx on ticket (district, submitted_at desc);

create table ticket_timeline (
    id         uuid primary key,
    ticket_id  uuid         not null references ticket (id),
    at         timestamptz  not null,
    actor      varchar(200) not null,
    action     varchar(30)  not null,
    internal   boolean      not null default false,
    body       text,
    status     varchar(20)  not null
);
create index ticket_timeline_ticket_idx on ticket_timeline (ticket_id, at);

create table outbox_event (
    seq            bigserial primary key,
    id             uuid         not null unique,
    aggregate_type varchar(40)  not null,
    aggregate_id   varchar(64)  not null,
    partition_key  varchar(64)  not null,
    type           varchar(60)  not null,
    payload        jsonb        not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);
create index outbox_unpublished_idx on outbox_event (seq) where published_at is null;
