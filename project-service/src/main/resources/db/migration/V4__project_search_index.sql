-- The list's q search is a substring match on names; trigrams make it an index look-up (Chinese included,
-- with a UTF-8 ctype such as C.UTF-8).
create extension if not exists pg_trgm;
create index project_search_trgm_idx on project using gin (search_text gin_trgm_ops);
create index project_tier_investment_idx on project (tier, total_investment desc);
