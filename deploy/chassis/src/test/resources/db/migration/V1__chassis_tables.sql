-- The chassis' tables as the services create them in their own migrations.
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

create table processed_event (
    event_id     varchar(100) primary key,
    type         varchar(100) not null,
    processed_at timestamptz  not null
);
