-- A district's projects newest first (the list's default order, what a district office pages through): an index
-- range instead of walking every district's projects by date and skipping the others.
create index project_district_created_idx on project (district_code, created_at desc, id);

-- A number every statement that writes what the list or the progress report read moves on, whoever writes it (the
-- API, a ledger import, an operator's SQL). Caches keep answers at the number they were computed at. A sequence,
-- because nextval never waits for another transaction: writers do not queue behind each other for it.
create sequence project_data_version;

create function project_data_changed() returns trigger language plpgsql as $$
begin
    perform nextval('project_data_version');
    return null;
end $$;

create trigger project_data_changed after insert or update or delete or truncate on project
    for each statement execute function project_data_changed();
create trigger enterprise_data_changed after insert or update or delete or truncate on enterprise
    for each statement execute function project_data_changed();
create trigger milestone_data_changed after insert or update or delete or truncate on project_milestone
    for each statement execute function project_data_changed();
create trigger investment_data_changed after insert or update or delete or truncate on investment_report
    for each statement execute function project_data_changed();
create trigger target_data_changed after insert or update or delete or truncate on district_target
    for each statement execute function project_data_changed();
