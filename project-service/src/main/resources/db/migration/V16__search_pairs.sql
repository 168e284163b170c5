-- The list's q search looks up pairs of adjacent characters instead of pg_trgm's triples. A Chinese word is often two
-- characters (光伏, 医药), and a two-character search found no triple to look up, so it read every project; and
-- triples of Chinese text exist only where the database's LC_CTYPE classes those characters as letters (not in a
-- "C" database). SearchText in project-service computes the same pairs of a search.
create function search_bigrams(text) returns varchar[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct substr($1, i, 2)::varchar), '{}')
    from generate_series(1, length($1) - 1) as i
$$;

alter table project add column search_bigrams varchar[] generated always as (search_bigrams(search_text)) stored;
create index project_search_bigrams_idx on project using gin (search_bigrams);
drop index project_search_trgm_idx;
