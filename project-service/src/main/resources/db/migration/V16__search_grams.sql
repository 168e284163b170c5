-- The list's q search looks up runs of two and three adjacent characters that PostgreSQL keeps of every search text,
-- instead of pg_trgm's trigrams. A Chinese word is often two characters (光伏, 医药): it has no trigram, so such a
-- search read every project; and pg_trgm makes trigrams of Chinese only where the database's LC_CTYPE classes those
-- characters as letters (not in a "C" database). SearchText in project-service chooses what a search looks up.
--
-- Kept cheap to write, as every project insert and rename computes them: repeats are not removed (the index keeps each
-- run once per project, and sorting them out cost as much as the rest of the function), and the runs compare as bytes
-- (collation "C"; the index only needs equality, and the database's collation made each comparison a strcoll call).
create function search_grams(text) returns varchar[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(gram), '{}')
    from (select substr($1, i, 2)::varchar as gram from generate_series(1, length($1) - 1) as i
          union all
          select substr($1, i, 3)::varchar from generate_series(1, length($1) - 2) as i) as grams
$$;

alter table project add column search_grams varchar[] collate "C" generated always as (search_grams(search_text)) stored;
create index project_search_grams_idx on project using gin (search_grams);
drop index project_search_trgm_idx;
