-- What setting a deadline asks of the database, in one round trip instead of two: wait while a year is being loaded
-- (the load holds the same advisory lock exclusively), then read the calendar's revision. A volatile function takes
-- a fresh snapshot for each statement, so under READ COMMITTED the read sees what that load committed while this
-- one waited.
create function calendar_revision_for_deadlines(lock_key bigint) returns bigint
    language plpgsql volatile as $$
begin
    perform pg_advisory_xact_lock_shared(lock_key);
    return (select coalesce(max(revision), 0) from calendar_year);
end $$;
