-- As in every service (their V6/V6/V4 audit-trail migrations), so the chassis is tested on the same table.
-- Every state-changing API call, allowed or refused: who, what, when, from where.
-- Append-only: the triggers refuse UPDATE, DELETE and TRUNCATE, so not even a bug in the service can rewrite it.
create table audit_entry (
    id             bigint generated always as identity primary key,
    at             timestamptz not null,
    actor          text        not null,
    roles          text        not null,
    enterprise     text,
    district       text,
    method         text        not null,
    path           text        not null,
    status         integer     not null,
    remote_address text,
    forwarded_for  text,
    user_agent     text,
    request_id     text
);
create index audit_entry_at on audit_entry (at desc, id desc);
create index audit_entry_actor on audit_entry (actor, at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
