-- pgbench baseline for POST /tickets: the rows one submission writes (ticket, timeline entry, outbox event),
-- in one transaction, with no HTTP, JSON, security or SLA arithmetic around them. The outbox rows are written as
-- already published, so the relay leaves them alone and the baseline is PostgreSQL's work only.
-- Variables: -D project="'<uuid>'" (quoted: pgbench substitutes the text as it is)
\set n random(1, 1000000000)
with t as (
    insert into ticket (id, version, project_id, project_name, enterprise_code, district, category, priority, title,
                        description, status, submitted_by, submitted_at, response_due_at, resolution_due_at, updated_at,
                        warning_ratio, response_warn_at, resolution_warn_at, resolution_limit_seconds)
    values (gen_random_uuid(), 0, cast(:project as uuid), '通灵智能光伏接线盒项目', '91320800MA20TL004Y', 'etdz', 'STAFFING', 'NORMAL',
            'pgbench ' || :n, '需要200名产线工人', 'SUBMITTED', 'tongling', now(), now() + interval '4 hours',
            now() + interval '5 days', now(), 0.75, now() + interval '3 hours', now() + interval '4 days', 135000)
    returning id, project_id, version, title, submitted_at),
tl as (
    insert into ticket_timeline (id, ticket_id, at, actor, action, internal, body, status)
    select gen_random_uuid(), t.id, t.submitted_at, 'tongling', 'SUBMITTED', false, t.title, 'SUBMITTED' from t)
insert into outbox_event (id, aggregate_type, aggregate_id, partition_key, type, payload, occurred_at, published_at)
select gen_random_uuid(), 'ticket', t.id::text, t.project_id::text, 'ticket.submitted',
       jsonb_build_object('ticketId', t.id, 'title', t.title, 'projectId', t.project_id, 'version', t.version), t.submitted_at,
       t.submitted_at
from t;
