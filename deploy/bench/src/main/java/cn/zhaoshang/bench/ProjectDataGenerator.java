package cn.zhaoshang.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Fills project-service's database with N synthetic projects spread over districts, stages, tiers,
 * industries and categories, with milestones and monthly reports, straight in SQL (set-based, seconds
 * for 100,000). Usage: ProjectDataGenerator JDBC_URL [PROJECTS]. Rows are marked "bench" in their name.
 */
public final class ProjectDataGenerator {

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:5432/project_service";
        int projects = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("""
                    insert into enterprise (id, name, credit_code, created_at, updated_at)
                    select gen_random_uuid(), 'bench企业' || g, 'BENCH' || lpad(g::text, 13, '0'), now(), now()
                    from generate_series(1, 5000) g on conflict do nothing""");
            s.execute("""
                    with d as (select array_agg(code order by code) a from district),
                         i as (select array_agg(code order by code) a from industry),
                         e as (select array_agg(id) a from enterprise where name like 'bench企业%%')
                    insert into project (id, version, name, enterprise_id, district_code, industry_code, categories,
                        total_investment, agreed_investment, tier, major, kind, stage, last_moved_on, search_text,
                        created_at, updated_at)
                    select gen_random_uuid(), 0, 'bench项目' || g, e.a[1 + g %% array_length(e.a, 1)],
                        d.a[1 + g %% array_length(d.a, 1)], i.a[1 + (g / 7) %% array_length(i.a, 1)],
                        case g %% 3 when 0 then '{INDUSTRIAL}' when 1 then '{INDUSTRIAL,HIGH_TECH}' else '{SERVICE}' end::varchar[],
                        amt, amt,
                        case when amt >= 500000 then 'YI_50_PLUS' when amt >= 100000 then 'YI_10_TO_50'
                             when amt >= 10000 then 'YI_1_TO_10' else 'SUB_YI' end,
                        amt >= 100000,
                        'NEW',
                        (array['LEAD','NEGOTIATING','SIGNED','REGISTERED','LAND_ACQUIRED','CONSTRUCTION_STARTED',
                               'COMPLETED','IN_PRODUCTION'])[1 + g %% 8],
                        date '2024-01-01' + (g %% 1000),
                        lower('bench项目' || g || ' bench企业' || (1 + g %% 5000)),
                        now() - (g || ' minutes')::interval, now()
                    from generate_series(1, %d) g, d, i, e,
                         lateral (select round((1000 + (g * 7919) %% 800000)::numeric, 2) as amt) m""".formatted(projects));
            s.execute("""
                    insert into project_milestone (project_id, stage, actual_on, planned_on)
                    select p.id, st.stage, p.last_moved_on - st.back, p.last_moved_on - st.back + 30
                    from project p
                    join (values ('SIGNED', 120), ('CONSTRUCTION_STARTED', 60), ('COMPLETED', 0)) st(stage, back)
                      on (st.stage = 'SIGNED' and p.stage not in ('LEAD', 'NEGOTIATING'))
                      or (st.stage = 'CONSTRUCTION_STARTED' and p.stage in ('CONSTRUCTION_STARTED', 'COMPLETED', 'IN_PRODUCTION'))
                      or (st.stage = 'COMPLETED' and p.stage in ('COMPLETED', 'IN_PRODUCTION'))
                    where p.name like 'bench项目%' on conflict do nothing""");
            s.execute("""
                    insert into investment_report (id, project_id, month, amount, reported_by, reported_at)
                    select gen_random_uuid(), p.id, to_char(date '2026-01-01' + (m || ' months')::interval, 'YYYY-MM'),
                           round((p.total_investment / 40)::numeric, 2), 'bench', now()
                    from project p, generate_series(0, 9) m
                    where p.name like 'bench项目%' and p.stage in ('CONSTRUCTION_STARTED', 'COMPLETED')
                    on conflict do nothing""");
            s.execute("""
                    insert into district_target (year, district_code, metric, min_tier, category, target_value, updated_by, updated_at)
                    select 2026, d.code, m.metric, m.tier, 'ANY', m.v, 'bench', now() from district d,
                      (values ('SIGNED_COUNT', 'YI_1_TO_10', 1000), ('SIGNED_COUNT', 'YI_10_TO_50', 200),
                              ('SIGNED_AMOUNT', 'ANY', 50000000), ('STARTED_COUNT', 'ANY', 800),
                              ('COMPLETED_COUNT', 'ANY', 500), ('EFFECTIVE_INVESTMENT', 'ANY', 20000000)) m(metric, tier, v)
                    on conflict do nothing""");
            // what autovacuum does on a live system: visibility map and statistics, so counts can use index-only scans
            s.execute("vacuum analyze");
        }
        System.out.printf("generated %d projects (with milestones, reports, targets) in %.1f s%n",
                projects, (System.nanoTime() - started) / 1e9);
    }
}
