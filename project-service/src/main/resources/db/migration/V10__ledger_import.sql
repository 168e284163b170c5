-- 备注 as the office's ledger keeps it
alter table project add column remark varchar(500);

-- A ledger file uploaded for import (项目台账导入): checked first, then imported as a whole. The file is kept
-- here so a job survives a restart of the service and any replica can take it up.
create table ledger_import (
    id              uuid primary key,
    file_name       varchar(255) not null,
    format          varchar(8)   not null,
    content         bytea        not null,
    status          varchar(16)  not null,
    started_by      varchar(200) not null,
    starter_district varchar(40),
    starter_admin   boolean      not null,
    rows_total      integer,
    rows_done       integer      not null default 0,
    creating        integer      not null default 0,
    updating        integer      not null default 0,
    unchanged       integer      not null default 0,
    invalid         integer      not null default 0,
    failure         varchar(2000),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    -- the worker holding the job renews this; a job not renewed for a while is taken up again
    heartbeat_at    timestamptz
);
create index ledger_import_open on ledger_import (status) where status in ('CHECKING', 'IMPORTING');

-- What one data row of the file does (or would do), with its problems
create table ledger_import_row (
    import_id    uuid         not null references ledger_import (id) on delete cascade,
    row_number   integer      not null,
    action       varchar(16)  not null,
    project_name varchar(400),
    credit_code  varchar(40),
    project_id   uuid,
    changes      jsonb,
    problems     jsonb,
    notes        jsonb,
    primary key (import_id, row_number)
);
