-- People by name: the name each user signed in with (the token's name claim), so that an enterprise reads
-- 「已由 张伟 受理」 rather than a login name. Kept up to date as they use the assist desk.
create table person (
    subject varchar(200) primary key,
    name    varchar(200) not null,
    seen_at timestamptz  not null
);
