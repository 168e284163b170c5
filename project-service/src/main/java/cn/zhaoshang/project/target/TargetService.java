package cn.zhaoshang.project.target;

import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.project.reference.District;
import cn.zhaoshang.project.reference.ReferenceData;
import cn.zhaoshang.project.registry.ProjectDataVersion;
import cn.zhaoshang.project.registry.Tier;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class TargetService {

    private final ReferenceData reference;
    private final Caller caller;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ProgressCache cache;
    private final ProgressSettings settings;
    private final ProjectDataVersion dataVersion;

    public TargetService(ReferenceData reference, Caller caller, EntityManager entityManager, Clock clock, ProgressCache cache,
                         ProgressSettings settings, ProjectDataVersion dataVersion) {
        this.settings = settings;
        this.dataVersion = dataVersion;
        this.cache = cache;
        this.reference = reference;
        this.caller = caller;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public TargetsView replace(int year, String district, TargetsRequest request) {
        reference.requireDistrict("district", district);
        Set<String> lines = new HashSet<>();
        for (TargetLine line : request.targets()) {
            reference.requireCategories("targets.category", line.category() == null ? List.of() : List.of(line.category()));
            if (!line.metric().isAmount() && line.value().stripTrailingZeros().scale() > 0) {
                throw new InvalidInput("targets.value", line.metric() + " counts projects: a whole number");
            }
            if (!lines.add(line.metric() + "|" + line.minTierCode() + "|" + line.categoryCode())) {
                throw new InvalidInput("targets", "the line " + line.metric() + " / " + line.minTierCode() + " / "
                        + line.categoryCode() + " appears twice");
            }
        }
        DistrictTarget.delete("year = ?1 and districtCode = ?2", year, district);
        entityManager.flush();
        Instant now = Instant.now(clock);
        for (TargetLine line : request.targets()) {
            DistrictTarget target = new DistrictTarget();
            target.year = year;
            target.districtCode = district;
            target.metric = line.metric();
            target.minTier = line.minTierCode();
            target.category = line.categoryCode();
            target.targetValue = line.value();
            target.updatedBy = caller.subject();
            target.updatedAt = now;
            target.persist();
        }
        return TargetsView.of(year, district, DistrictTarget.of(year, district));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetsView get(int year, String district) {
        reference.requireDistrict("district", district);
        return TargetsView.of(year, district, DistrictTarget.of(year, district));
    }

    /** Progress of every district with targets; a district-scoped caller sees its own district, ranked among all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressReport progress(int year, LocalDate asOf, ProgressBasis basis) {
        LocalDate today = Clocks.today(clock);
        LocalDate date = asOf == null ? today : asOf;
        if (date.isAfter(today)) {
            throw new InvalidInput("asOf", "is in the future (today is " + today + " in Asia/Shanghai)");
        }
        if (date.getYear() != year) {
            throw new InvalidInput("asOf", "must be a day of " + year);
        }
        ProgressReport report = cache.get(new ProgressCache.Key(year, date, basis), dataVersion.current(), () -> compute(year, date, basis));
        // a district's people see their district, ranked among all; a token without a district sees none
        return new ProgressReport(report.year(), report.asOf(), report.basis(), report.countedThrough(),
                report.yearSharePercent(), report.districts().stream().filter(d -> caller.oversees(d.district())).toList());
    }

    private ProgressReport compute(int year, LocalDate date, ProgressBasis basis) {
        List<ProgressCalculator.Target> targets = DistrictTarget.ofYear(year).stream()
                .map(t -> new ProgressCalculator.Target(t.districtCode, t.metric, t.minTier, t.category, t.targetValue))
                .toList();
        // facts kept up to date by the database as milestones, reports and projects change (V11__progress_facts.sql)
        Map<Stage, List<ProgressFact>> reached = milestoneFacts(year, date);
        List<ProgressFact> invested = investmentFacts(year, date);
        Map<TargetMetric, List<ProgressFact>> facts = new EnumMap<>(TargetMetric.class);
        for (TargetMetric metric : TargetMetric.values()) {
            facts.put(metric, metric.milestone() == null ? invested : reached.getOrDefault(metric.milestone(), List.of()));
        }
        Map<String, String> names = District.<District>listAll().stream().collect(Collectors.toMap(d -> d.code, d -> d.name));
        int closed = ProgressMaths.closedMonths(date, settings.reportingDeadlineDay());
        Map<String, Integer> closedEarly = new java.util.HashMap<>();
        if (basis == ProgressBasis.MONTH) {
            fullyReportedMonths(year, closed, date).forEach((district, months) -> {
                int early = ProgressMaths.closedMonths(date, settings.reportingDeadlineDay(), months);
                if (early > closed) {
                    closedEarly.put(district, early);
                }
            });
        }
        return ProgressCalculator.compute(year, date, basis, closed, closedEarly, targets, facts, names);
    }

    /**
     * Per district, the months after the {@code closed} ones, already over on {@code asOf}, that every project of the
     * district under construction (开工 reached, the projects that report investment) has reported.
     */
    private Map<String, Set<Integer>> fullyReportedMonths(int year, int closed, LocalDate asOf) {
        YearMonth first = YearMonth.of(year, Math.min(closed + 1, 12));
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        if (closed >= 12 || last.isBefore(first)) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery("""
                select p.district_code, cast(substr(r.month, 6, 2) as int)
                from investment_report r join project p on p.id = r.project_id
                where p.stage = ?1 and r.month between ?2 and ?3
                group by p.district_code, r.month
                having count(distinct r.project_id) =
                       (select count(*) from project q where q.district_code = p.district_code and q.stage = ?1)""")
                .setParameter(1, Stage.CONSTRUCTION_STARTED.name())
                .setParameter(2, first.toString())
                .setParameter(3, last.toString())
                .getResultList();
        Map<String, Set<Integer>> months = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            months.computeIfAbsent((String) columns[0], d -> new HashSet<>()).add(((Number) columns[1]).intValue());
        }
        return months;
    }

    /** Per stage a metric counts: projects that reached it this year up to {@code asOf}, by district, tier, categories and month. */
    private Map<Stage, List<ProgressFact>> milestoneFacts(int year, LocalDate asOf) {
        List<String> stages = Arrays.stream(TargetMetric.values()).map(TargetMetric::milestone)
                .filter(Objects::nonNull).distinct().map(Stage::name).toList();
        List<?> rows = entityManager.createNativeQuery("""
                select stage, district_code, tier, categories, cast(extract(month from actual_on) as int),
                       sum(projects), sum(agreed_investment)
                from milestone_fact
                where stage in (?1) and actual_on between ?2 and ?3
                group by 1, 2, 3, 4, 5""")
                .setParameter(1, stages)
                .setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, asOf)
                .getResultList();
        Map<Stage, List<ProgressFact>> byStage = new EnumMap<>(Stage.class);
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byStage.computeIfAbsent(Stage.valueOf((String) columns[0]), s -> new ArrayList<>())
                    .add(fact(Arrays.copyOfRange(columns, 1, columns.length)));
        }
        return byStage;
    }

    private List<ProgressFact> investmentFacts(int year, LocalDate asOf) {
        List<?> rows = entityManager.createNativeQuery("""
                select district_code, tier, categories, cast(substr(month, 6, 2) as int), sum(reports), sum(amount)
                from investment_fact
                where month between ?1 and ?2
                group by 1, 2, 3, 4""")
                .setParameter(1, YearMonth.of(year, 1).toString())
                .setParameter(2, YearMonth.from(asOf).toString())
                .getResultList();
        return rows.stream().map(row -> fact((Object[]) row)).toList();
    }

    private static ProgressFact fact(Object[] row) {
        String categories = (String) row[2];
        Set<String> set = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(categories.split(",")));
        int month = ((Number) row[3]).intValue();
        return new ProgressFact((String) row[0], Tier.valueOf((String) row[1]), set, month,
                ((Number) row[4]).longValue(), new BigDecimal(row[5].toString()));
    }
}
