-- The audit trail by month, so that an operator can set a retention: whole months past it are archived and then
-- dropped as partitions (chassis AuditRetention). No row is ever updated or deleted: the append-only triggers
-- stay on every partition. `repeats` counts refused anonymous calls from the same address that were not written
-- one by one (at most one such entry per address and minute).
create sequence audit_entry_seq;
select setval('audit_entry_seq', coalesce((select max(id) from audit_entry), 0) + 1, false);

-- the entries so far become the first partition, as they are (no row is rewritten)
alter table audit_entry rename to audit_entry_before_months;
alter table audit_entry_before_months drop constraint audit_entry_pkey;
alter table audit_entry_before_months alter column id drop identity;
alter table audit_entry_before_months add column repeats integer not null default 0;
alter index audit_entry_at rename to audit_entry_before_months_at;
alter index audit_entry_actor rename to audit_entry_before_months_actor;
-- its own triggers keep guarding it; the parent's row trigger is cloned onto it under the parent's name
alter trigger audit_entry_no_update_or_delete on audit_entry_before_months rename to audit_entry_before_months_no_update_or_delete;
alter trigger audit_entry_no_truncate on audit_entry_before_months rename to audit_entry_before_months_no_truncate;

-- the same columns as the entries so far (LIKE copies names, types, NOT NULL and defaults), split by month
create table audit_entry (like audit_entry_before_months including defaults) partition by range (at);
alter table audit_entry alter column id set default nextval('audit_entry_seq');
alter table audit_entry add primary key (id, at);
alter sequence audit_entry_seq owned by audit_entry.id;
create index audit_entry_at on audit_entry (at desc, id desc);
create index audit_entry_actor on audit_entry (actor, at desc);
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- One month's partition (UTC months), append-only like the rest; does nothing if it exists.
create function audit_entry_add_month(month_start date) returns void language plpgsql as $$
declare
    name text := format('audit_entry_m%s', to_char(month_start, 'YYYYMM'));
begin
    if to_regclass(name) is null then
        execute format('create table %I partition of audit_entry for values from (%L) to (%L)', name,
                       (month_start::timestamp at time zone 'UTC'),
                       ((month_start + interval '1 month')::timestamp at time zone 'UTC'));
        execute format('create trigger audit_entry_no_truncate before truncate on %I'
                       || ' for each statement execute function audit_entry_is_append_only()', name);
    end if;
end
$$;

do $$
declare
    this_month date := date_trunc('month', now() at time zone 'UTC')::date;
begin
    execute format('alter table audit_entry attach partition audit_entry_before_months for values from (minvalue) to (%L)',
                   ((this_month + interval '1 month')::timestamp at time zone 'UTC'));
    perform audit_entry_add_month((this_month + interval '1 month')::date);
    perform audit_entry_add_month((this_month + interval '2 month')::date);
end
$$;
