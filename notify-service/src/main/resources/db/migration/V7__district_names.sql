-- Districts as people read them (淮安经济技术开发区, not etdz): the name project events carry, for briefs and texts.
alter table project_audience add column district_name varchar(200);
