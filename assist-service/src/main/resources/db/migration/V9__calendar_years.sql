-- Official holiday arrangements loaded by admins through the API. Every replica reads them from here, so a year
-- loaded on one is used by all; the files shipped with the service (2025, 2026) seed the years not listed here.
create sequence calendar_revision;

create table calendar_year (
    year      integer primary key check (year between 2000 and 2100),
    title     text not null check (length(title) between 1 and 200),
    loaded_by text not null,
    loaded_at timestamptz not null,
    -- the calendar's revision after this load: replicas compare it with what they hold
    revision  bigint not null unique
);

create table calendar_day (
    day    date primary key,
    year   integer not null references calendar_year (year) on delete cascade,
    kind   text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name   text not null,
    reason text,
    check (extract(year from day) = year)
);
create index calendar_day_year on calendar_day (year);
