-- Per-user preferences (无事不扰). The claims seen when the user last saved them say which audiences the user
-- belongs to when e-mail is addressed, since e-mail cannot wait for the user to open an inbox.
create table preference (
    subject         varchar(200) primary key,
    enterprise_code varchar(18),
    district        varchar(40),
    supervises      boolean      not null default false,
    email           varchar(320),
    channels        jsonb        not null default '{}', -- notification kind -> ["EMAIL"] or [] (overrides the default)
    quiet_start     time,
    quiet_end       time,
    digest          varchar(10)  not null default 'IMMEDIATE',
    updated_at      timestamptz  not null
);
create index preference_enterprise_idx on preference (enterprise_code);
create index preference_district_idx on preference (district) where supervises;

-- Outgoing webhooks (chat robots): what the owner's inbox receives, optionally only some kinds, signed.
create table webhook (
    id              uuid primary key,
    owner           varchar(200)  not null,
    enterprise_code varchar(18),
    district        varchar(40),
    supervises      boolean       not null default false,
    url             varchar(2000) not null,
    secret          varchar(200)  not null,
    kinds           jsonb         not null default '[]', -- empty: every kind
    created_at      timestamptz   not null
);
create index webhook_owner_idx on webhook (owner);

-- One row per notification, channel and target; attempts are kept one by one.
create table delivery (
    id              uuid primary key,
    notification_id uuid          not null references notification (id),
    channel         varchar(10)   not null, -- EMAIL, WEBHOOK
    target          varchar(2000) not null, -- an address, or a webhook id
    recipient       varchar(200)  not null, -- the user it is for (the webhook's owner)
    status          varchar(10)   not null, -- PENDING, DIGEST, SENT, FAILED, GAVE_UP
    attempts        int           not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(2000),
    sent_at         timestamptz,
    created_at      timestamptz   not null,
    unique (notification_id, channel, target)
);
create index delivery_due_idx on delivery (next_attempt_at) where status in ('PENDING', 'DIGEST');
create index delivery_notification_idx on delivery (notification_id);

create table delivery_attempt (
    id          bigserial primary key,
    delivery_id uuid          not null references delivery (id),
    attempt     int           not null,
    at          timestamptz   not null,
    outcome     varchar(10)   not null, -- SENT, RETRY, FAILED, GAVE_UP
    http_status int,
    error       varchar(2000)
);
create index delivery_attempt_delivery_idx on delivery_attempt (delivery_id, attempt);
