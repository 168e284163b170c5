-- The audit table the recorder writes to (the services' own migrations also make it append-only).
create table audit_entry (
    id bigint generated always as identity primary key, at timestamptz not null, actor text not null, roles text not null,
    enterprise text, district text, method text not null, path text not null, status integer not null,
    remote_address text, forwarded_for text, user_agent text, request_id text
);
