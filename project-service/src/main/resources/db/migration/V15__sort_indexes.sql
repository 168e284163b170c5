-- A list sorted by one of these columns, unfiltered or with a filter most projects pass (a staff member's or a
-- supervisor's district among them), walks the column's index and stops at the page's end, where it used to sort every
-- project it could see. A descending order walks the same index backwards.
create index project_name_idx on project (name);
create index project_total_investment_idx on project (total_investment);
create index project_agreed_investment_idx on project (agreed_investment);
create index project_investment_completed_idx on project (investment_completed);

-- Totals by tier and category come from the counts V14 keeps, no longer from this index.
drop index project_tier_categories_idx;
