-- what AuditedChangesTest changes through a resource: a row to find in the same transaction as its audit entry
create table test_note (
    id   bigserial primary key,
    text varchar(200) not null
);
