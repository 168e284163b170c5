-- pgbench: the transaction assist-service sends for one submission, statement by statement and prepared (run with
-- -M prepared), with no HTTP, JSON, security, SLA arithmetic, relay or consumer around it. Beside the baseline
-- (ticket-inserts.sql: the three inserts in one statement) it shows what the request's own round trips cost the
-- database: the project's read model, the calendar revision for deadlines (which also waits for a calendar load),
-- the ticket, its timeline entry, the outbox row (written as published, so the relay leaves it), the audit row, and
-- the commit. The SLA policy is not read: assist-service keeps it in memory.
-- Variables: -D project=<uuid> (not quoted: in prepared mode it is a parameter)
\set n random(1, 1000000000)
BEGIN;
select project_id, name, enterprise_code, enterprise_name, district, stage, major, chief, leader_in_charge, members,
       milestones, source_version, updated_at
from known_project where project_id = cast(:project as uuid);
select calendar_revision_for_deadlines(7265104911320017);
insert into ticket (id, version, project_id, project_name, enterprise_code, district, category, priority, title,
                    description, status, submitted_by, submitted_at, response_due_at, resolution_due_at, updated_at,
                    warning_ratio, response_warn_at, resolution_warn_at, resolution_limit_seconds)
values (gen_random_uuid(), 0, cast(:project as uuid), '通灵智能光伏接线盒项目', '91320800MA20TL004Y', 'etdz',
        'STAFFING', 'NORMAL', 'pgbench ' || :n, '需要200名产线工人', 'SUBMITTED', 'tongling', now(), now() + interval '4 hours',
        now() + interval '5 days', now(), 0.75, now() + interval '3 hours', now() + interval '4 days', 135000)
returning id as ticket \gset
insert into ticket_timeline (id, ticket_id, at, actor, action, internal, body, status)
values (gen_random_uuid(), cast(:ticket as uuid), now(), 'tongling', 'SUBMITTED', false, 'pgbench ' || :n, 'SUBMITTED');
insert into outbox_event (id, aggregate_type, aggregate_id, partition_key, type, payload, occurred_at, published_at)
values (gen_random_uuid(), 'ticket', :ticket, :project, 'ticket.submitted',
        jsonb_build_object('title', 'pgbench ' || :n, 'projectId', cast(:project as text)), now(), now());
insert into audit_entry (at, actor, roles, enterprise, method, path, status, remote_address, request_id)
values (now(), 'pgbench', 'enterprise', '91320800MA20TL004Y', 'POST', '/api/v1/tickets', 201, '127.0.0.1', :ticket);
COMMIT;
