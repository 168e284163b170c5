-- What the SLA scheduler, escalation, auto-close and the statistics need on each ticket.
alter table ticket add column warning_ratio numeric(3, 2) not null default 0.75;
alter table ticket add column response_warn_at timestamptz;
alter table ticket add column resolution_warn_at timestamptz;
-- A new resolution limit (after an escalation or a reopen) is a new round: it gets its own warning and breach.
alter table ticket add column resolution_round int not null default 0;
alter table ticket add column response_breached boolean not null default false;
alter table ticket add column resolution_breached boolean not null default false;
-- Working seconds from submission to acceptance, and to the first resolution with waits taken out.
alter table ticket add column response_seconds bigint;
alter table ticket add column resolution_seconds bigint;
alter table ticket add column reopen_count int not null default 0;
alter table ticket add column confirm_remind_at timestamptz;
alter table ticket add column auto_close_at timestamptz;
-- 会办: the joint meeting a ticket is put before, and what it decided.
alter table ticket add column meeting_on date;
alter table ticket add column meeting_topic varchar(500);
alter table ticket add column meeting_decision varchar(5000);

update ticket set response_warn_at = response_due_at, resolution_warn_at = resolution_due_at;
alter table ticket alter column response_warn_at set not null;
alter table ticket alter column resolution_warn_at set not null;

create index ticket_response_clock_idx on ticket (response_warn_at) where status = 'SUBMITTED';
create index ticket_resolution_clock_idx on ticket (resolution_warn_at)
    where status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED');
create index ticket_auto_close_idx on ticket (confirm_remind_at, auto_close_at) where status = 'RESOLVED';

-- One row per alert raised: the primary key is what makes a warning or breach happen once, whatever
-- the number of replicas sweeping and however often they restart.
create table sla_alert (
    ticket_id uuid        not null references ticket (id),
    sla_limit varchar(30) not null, -- RESPONSE, RESOLUTION:<round>, CONFIRM:<reopen count>
    kind      varchar(20) not null, -- WARNING, BREACH, CONFIRM_REMINDER, AUTO_CLOSE
    raised_at timestamptz not null,
    primary key (ticket_id, sla_limit, kind)
);

-- Each wait on the enterprise or a department; a department's wait has its own limit.
create table ticket_wait (
    id              uuid primary key,
    ticket_id       uuid          not null references ticket (id),
    waiting_on      varchar(20)   not null,
    department      varchar(200),
    reason          varchar(2000) not null,
    started_at      timestamptz   not null,
    due_at          timestamptz,
    ended_at        timestamptz,
    working_seconds bigint
);
create index ticket_wait_ticket_idx on ticket_wait (ticket_id, started_at);
create index ticket_wait_started_idx on ticket_wait (started_at);

-- The resolution limit the ticket was given, in working seconds: a reopened ticket gets it afresh.
alter table ticket add column resolution_limit_seconds bigint;
update ticket set resolution_limit_seconds = 0;
alter table ticket alter column resolution_limit_seconds set not null;
