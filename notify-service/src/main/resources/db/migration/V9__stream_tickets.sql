-- Short-lived, single-use tickets that let a browser's EventSource (which cannot send an Authorization header) open
-- the notification stream without a token in its URL. Only a hash of each ticket is kept.
create table stream_ticket (
    ticket_hash      text primary key,
    subject          text not null,
    enterprise       text,
    district         text,
    supervises       boolean not null,
    city_wide        boolean not null,
    -- the stream it opens ends when the token that asked for it expires
    token_expires_at timestamptz not null,
    expires_at       timestamptz not null,
    used_at          timestamptz
);
create index stream_ticket_expires on stream_ticket (expires_at);
