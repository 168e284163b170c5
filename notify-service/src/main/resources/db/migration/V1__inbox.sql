-- Consumed event ids: a redelivered or replayed event never makes a second notification.
create table processed_event (
    event_id     varchar(100) primary key,
    type         varchar(60)  not null,
    processed_at timestamptz  not null
);

-- Who serves which project, from project.events: resolves TEAM audiences when an inbox is read.
create table project_audience (
    project_id      uuid primary key,
    name            varchar(200) not null,
    district        varchar(40)  not null,
    enterprise_code varchar(18)  not null,
    major           boolean      not null,
    stage           varchar(30)  not null,
    source_version  bigint       not null
);

create table project_audience_member (
    project_id uuid         not null references project_audience (project_id),
    subject    varchar(200) not null,
    primary key (project_id, subject)
);
create index project_audience_member_subject_idx on project_audience_member (subject);

-- A notification is addressed to an audience (a user, an enterprise's users, a project's team, a
-- district's supervisors), resolved against the reader's token, so later joiners see what is sent from then on.
create table notification (
    id              uuid primary key,
    seq             bigserial    not null unique,
    audience_type   varchar(30)  not null,
    audience_key    varchar(200) not null,
    kind            varchar(60)  not null,
    urgency         varchar(10)  not null,
    title           varchar(300) not null,
    body            text         not null,
    project_id      uuid,
    ticket_id       uuid,
    source_event_id varchar(100) not null,
    created_at      timestamptz  not null,
    unique (source_event_id, audience_type, audience_key, kind)
);
create index notification_audience_idx on notification (audience_type, audience_key, seq desc);

create table notification_read (
    notification_id uuid         not null references notification (id),
    subject         varchar(200) not null,
    read_at         timestamptz  not null,
    primary key (notification_id, subject)
);
