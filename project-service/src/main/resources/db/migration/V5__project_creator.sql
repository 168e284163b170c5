-- Staff see the projects of their teams and district; the one who registered a project sees it too,
-- so a city-level officer can set up the team of a project they just entered.
alter table project add column created_by varchar(200);
create index project_created_by_idx on project (created_by);
