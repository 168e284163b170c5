-- Counting a tier's projects of one category (the list's total for tier and category, about a sixth of all projects)
-- from the index alone: the categories ride along in the tier index, so no table page is visited for the count.
create index project_tier_categories_idx on project (tier) include (categories);
