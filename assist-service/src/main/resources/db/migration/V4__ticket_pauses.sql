-- A ticket can wait on the enterprise or an outside department; the wait is not held against the team.
alter table ticket add column paused boolean not null default false;
alter table ticket add column waiting_on varchar(20);
alter table ticket add column waiting_department varchar(200);
alter table ticket add column paused_at timestamptz;
alter table ticket add column paused_seconds bigint not null default 0;
