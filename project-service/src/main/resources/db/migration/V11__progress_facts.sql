-- The progress report's facts, kept up to date as the rows they count change, so a report reads a few thousand
-- grouped rows instead of joining every monthly report and milestone with its project (about 0.5 s at 100,000
-- projects). Statement triggers keep them, in the transaction of the change, whichever path writes (API, ledger
-- import, SQL): every replica reads the same facts at once, and a statement touching many rows updates each group once. A fact is grouped by the project's district, tier and categories as
-- they stand; a change to those moves the project's counts from its old group to its new one.

create table investment_fact (
    month         char(7)        not null,
    district_code varchar(40)    not null,
    tier          varchar(20)    not null,
    categories    text           not null, -- the project's categories, comma-joined as stored
    reports       bigint         not null,
    amount        numeric(18, 2) not null,
    primary key (month, district_code, tier, categories)
);

create table milestone_fact (
    stage             varchar(30)    not null,
    actual_on         date           not null,
    district_code     varchar(40)    not null,
    tier              varchar(20)    not null,
    categories        text           not null,
    projects          bigint         not null,
    agreed_investment numeric(18, 2) not null,
    primary key (stage, actual_on, district_code, tier, categories)
);

-- Reports a statement added count in their project's group as it now stands; reports it removed count no more.
create function investment_facts_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into investment_fact as f (month, district_code, tier, categories, reports, amount)
        select r.month, p.district_code, p.tier, array_to_string(p.categories, ','), -count(*), -sum(r.amount)
        from removed r join project p on p.id = r.project_id
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (month, district_code, tier, categories)
            do update set reports = f.reports + excluded.reports, amount = f.amount + excluded.amount;
    end if;
    if tg_op <> 'DELETE' then
        insert into investment_fact as f (month, district_code, tier, categories, reports, amount)
        select r.month, p.district_code, p.tier, array_to_string(p.categories, ','), count(*), sum(r.amount)
        from added r join project p on p.id = r.project_id
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (month, district_code, tier, categories)
            do update set reports = f.reports + excluded.reports, amount = f.amount + excluded.amount;
    end if;
    if tg_op <> 'INSERT' then
        -- a group nothing counts in any more goes, so the table holds only what a report reads
        delete from investment_fact f
        using removed r join project p on p.id = r.project_id
        where f.month = r.month and f.district_code = p.district_code and f.tier = p.tier
          and f.categories = array_to_string(p.categories, ',') and f.reports = 0;
    end if;
    return null;
end $$;

create trigger investment_report_added after insert on investment_report
    referencing new table as added for each statement execute function investment_facts_changed();
create trigger investment_report_changed after update on investment_report
    referencing old table as removed new table as added for each statement execute function investment_facts_changed();
create trigger investment_report_removed after delete on investment_report
    referencing old table as removed for each statement execute function investment_facts_changed();

create function milestone_facts_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into milestone_fact as f (stage, actual_on, district_code, tier, categories, projects, agreed_investment)
        select m.stage, m.actual_on, p.district_code, p.tier, array_to_string(p.categories, ','), -count(*),
               -sum(p.agreed_investment)
        from removed m join project p on p.id = m.project_id
        where m.actual_on is not null
        group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (stage, actual_on, district_code, tier, categories)
            do update set projects = f.projects + excluded.projects,
                          agreed_investment = f.agreed_investment + excluded.agreed_investment;
    end if;
    if tg_op <> 'DELETE' then
        insert into milestone_fact as f (stage, actual_on, district_code, tier, categories, projects, agreed_investment)
        select m.stage, m.actual_on, p.district_code, p.tier, array_to_string(p.categories, ','), count(*),
               sum(p.agreed_investment)
        from added m join project p on p.id = m.project_id
        where m.actual_on is not null
        group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (stage, actual_on, district_code, tier, categories)
            do update set projects = f.projects + excluded.projects,
                          agreed_investment = f.agreed_investment + excluded.agreed_investment;
    end if;
    if tg_op <> 'INSERT' then
        delete from milestone_fact f
        using removed m join project p on p.id = m.project_id
        where f.stage = m.stage and f.actual_on = m.actual_on and f.district_code = p.district_code and f.tier = p.tier
          and f.categories = array_to_string(p.categories, ',') and f.projects = 0;
    end if;
    return null;
end $$;

create trigger milestone_added after insert on project_milestone
    referencing new table as added for each statement execute function milestone_facts_changed();
create trigger milestone_changed after update on project_milestone
    referencing old table as removed new table as added for each statement execute function milestone_facts_changed();
create trigger milestone_removed after delete on project_milestone
    referencing old table as removed for each statement execute function milestone_facts_changed();

-- Projects whose district, tier, categories or agreed investment a statement changed: their reports and reached
-- milestones move from the old group to the new one. Most project updates (a report's running total, a name)
-- change none of these, and this finds nothing to move.
create function project_facts_moved() returns trigger language plpgsql as $$
begin
    if not exists (select from before o join after n on n.id = o.id
                   where (o.district_code, o.tier, o.categories, o.agreed_investment)
                             is distinct from (n.district_code, n.tier, n.categories, n.agreed_investment)) then
        return null;
    end if;
    -- a WITH lasts one statement, so each statement below names the moved projects again
    with moved as (
            select o.id, o.district_code as old_district, o.tier as old_tier,
                   array_to_string(o.categories, ',') as old_categories, o.agreed_investment as old_agreed,
                   n.district_code as new_district, n.tier as new_tier,
                   array_to_string(n.categories, ',') as new_categories, n.agreed_investment as new_agreed,
                   (o.district_code, o.tier, o.categories) is distinct from (n.district_code, n.tier, n.categories) as regrouped
            from before o join after n on n.id = o.id
            where (o.district_code, o.tier, o.categories, o.agreed_investment)
                      is distinct from (n.district_code, n.tier, n.categories, n.agreed_investment))
    insert into investment_fact as f (month, district_code, tier, categories, reports, amount)
    select month, district_code, tier, categories, sum(reports), sum(amount)
    from (select r.month, m.old_district as district_code, m.old_tier as tier, m.old_categories as categories,
                 -1 as reports, -r.amount as amount
          from moved m join investment_report r on r.project_id = m.id where m.regrouped
          union all
          select r.month, m.new_district, m.new_tier, m.new_categories, 1, r.amount
          from moved m join investment_report r on r.project_id = m.id where m.regrouped) delta
    group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict (month, district_code, tier, categories)
        do update set reports = f.reports + excluded.reports, amount = f.amount + excluded.amount;

    with moved as (
            select o.id, o.district_code as old_district, o.tier as old_tier,
                   array_to_string(o.categories, ',') as old_categories, o.agreed_investment as old_agreed,
                   n.district_code as new_district, n.tier as new_tier,
                   array_to_string(n.categories, ',') as new_categories, n.agreed_investment as new_agreed,
                   (o.district_code, o.tier, o.categories) is distinct from (n.district_code, n.tier, n.categories) as regrouped
            from before o join after n on n.id = o.id
            where (o.district_code, o.tier, o.categories, o.agreed_investment)
                      is distinct from (n.district_code, n.tier, n.categories, n.agreed_investment))
    insert into milestone_fact as f (stage, actual_on, district_code, tier, categories, projects, agreed_investment)
    select stage, actual_on, district_code, tier, categories, sum(projects), sum(agreed)
    from (select s.stage, s.actual_on, m.old_district as district_code, m.old_tier as tier,
                 m.old_categories as categories, -1 as projects, -m.old_agreed as agreed
          from moved m join project_milestone s on s.project_id = m.id where s.actual_on is not null
          union all
          select s.stage, s.actual_on, m.new_district, m.new_tier, m.new_categories, 1, m.new_agreed
          from moved m join project_milestone s on s.project_id = m.id where s.actual_on is not null) delta
    group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
    on conflict (stage, actual_on, district_code, tier, categories)
        do update set projects = f.projects + excluded.projects,
                      agreed_investment = f.agreed_investment + excluded.agreed_investment;

    with moved as (
            select o.id, o.district_code as old_district, o.tier as old_tier,
                   array_to_string(o.categories, ',') as old_categories, o.agreed_investment as old_agreed,
                   n.district_code as new_district, n.tier as new_tier,
                   array_to_string(n.categories, ',') as new_categories, n.agreed_investment as new_agreed,
                   (o.district_code, o.tier, o.categories) is distinct from (n.district_code, n.tier, n.categories) as regrouped
            from before o join after n on n.id = o.id
            where (o.district_code, o.tier, o.categories, o.agreed_investment)
                      is distinct from (n.district_code, n.tier, n.categories, n.agreed_investment))
    delete from investment_fact f
    using moved m join investment_report r on r.project_id = m.id
    where m.regrouped and f.month = r.month and f.district_code = m.old_district and f.tier = m.old_tier
      and f.categories = m.old_categories and f.reports = 0;
    with moved as (
            select o.id, o.district_code as old_district, o.tier as old_tier,
                   array_to_string(o.categories, ',') as old_categories, o.agreed_investment as old_agreed,
                   n.district_code as new_district, n.tier as new_tier,
                   array_to_string(n.categories, ',') as new_categories, n.agreed_investment as new_agreed,
                   (o.district_code, o.tier, o.categories) is distinct from (n.district_code, n.tier, n.categories) as regrouped
            from before o join after n on n.id = o.id
            where (o.district_code, o.tier, o.categories, o.agreed_investment)
                      is distinct from (n.district_code, n.tier, n.categories, n.agreed_investment))
    delete from milestone_fact f
    using moved m join project_milestone s on s.project_id = m.id
    where f.stage = s.stage and f.actual_on = s.actual_on and f.district_code = m.old_district and f.tier = m.old_tier
      and f.categories = m.old_categories and f.projects = 0;
    return null;
end $$;

create trigger project_facts_moved after update on project
    referencing old table as before new table as after for each statement execute function project_facts_moved();

insert into investment_fact (month, district_code, tier, categories, reports, amount)
select r.month, p.district_code, p.tier, array_to_string(p.categories, ','), count(*), sum(r.amount)
from investment_report r join project p on p.id = r.project_id
group by 1, 2, 3, 4;

insert into milestone_fact (stage, actual_on, district_code, tier, categories, projects, agreed_investment)
select m.stage, m.actual_on, p.district_code, p.tier, array_to_string(p.categories, ','), count(*), sum(p.agreed_investment)
from project_milestone m join project p on p.id = m.project_id
where m.actual_on is not null
group by 1, 2, 3, 4, 5;
