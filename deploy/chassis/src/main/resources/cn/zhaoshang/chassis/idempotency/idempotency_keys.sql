-- Idempotency-Key (IETF httpapi draft): the first answer to a creating request, kept 24 hours per caller and key, so a
-- retry after a lost answer gets that answer instead of a second effect.
create table idempotency_key (
    owner         text        not null,
    key           text        not null,
    request_hash  text        not null,
    created_at    timestamptz not null,
    -- null while the first request is being handled
    completed_at  timestamptz,
    status        integer,
    content_type  text,
    location      text,
    etag          text,
    body          text,
    primary key (owner, key)
);
create index idempotency_key_created on idempotency_key (created_at);
