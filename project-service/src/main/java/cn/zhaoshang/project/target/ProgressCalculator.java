package cn.zhaoshang.project.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns targets and counted facts into the progress report: actual, completion rate, 序时进度 and the rank
 * among districts (比学赶超). Plain Java, so every figure can be checked by hand in a unit test.
 */
public final class ProgressCalculator {

    /** A target line of one district, as the calculator needs it. */
    public record Target(String district, TargetMetric metric, String minTier, String category, BigDecimal value) {
        String line() {
            return metric + "|" + minTier + "|" + category;
        }
    }

    private ProgressCalculator() {
    }

    /**
     * @param closedMonths MONTH basis: how many months of the year are closed on {@code asOf} by their deadline
     *                     ({@link ProgressMaths#closedMonths}); ignored for DAY
     * @param closedEarly  MONTH basis: districts with more months closed, because they reported them in full early
     */
    public static ProgressReport compute(int year, LocalDate asOf, ProgressBasis basis, int closedMonths,
                                         Map<String, Integer> closedEarly, List<Target> targets,
                                         Map<TargetMetric, List<ProgressFact>> facts, Map<String, String> districtNames) {
        int quartersSoFar = ProgressMaths.quarterOf(asOf.getMonthValue());
        Map<Target, ProgressReport.TargetProgress> unranked = new LinkedHashMap<>();
        for (Target target : targets) {
            int closed = closedIn(target.district(), closedMonths, closedEarly);
            unranked.put(target, measure(target, facts.getOrDefault(target.metric(), List.of()), share(basis, asOf, closed),
                    basis == ProgressBasis.MONTH ? closed : 12, quartersSoFar));
        }
        Map<Target, ProgressReport.TargetProgress> ranked = rank(unranked);
        Map<String, List<ProgressReport.TargetProgress>> byDistrict = new LinkedHashMap<>();
        ranked.forEach((target, progress) -> byDistrict.computeIfAbsent(target.district(), d -> new ArrayList<>()).add(progress));
        List<ProgressReport.DistrictProgress> districts = byDistrict.entrySet().stream()
                .map(e -> {
                    int closed = closedIn(e.getKey(), closedMonths, closedEarly);
                    return new ProgressReport.DistrictProgress(e.getKey(), districtNames.getOrDefault(e.getKey(), e.getKey()),
                            through(year, basis, closed), percent(share(basis, asOf, closed)), e.getValue());
                })
                .toList();
        return new ProgressReport(year, asOf, basis, through(year, basis, closedMonths),
                percent(share(basis, asOf, closedMonths)), districts);
    }

    /** Without early closes, the same as {@link #compute(int, LocalDate, ProgressBasis, int, Map, List, Map, Map)}. */
    public static ProgressReport compute(int year, LocalDate asOf, ProgressBasis basis, int closedMonths, List<Target> targets,
                                         Map<TargetMetric, List<ProgressFact>> facts, Map<String, String> districtNames) {
        return compute(year, asOf, basis, closedMonths, Map.of(), targets, facts, districtNames);
    }

    private static int closedIn(String district, int closedMonths, Map<String, Integer> closedEarly) {
        return Math.max(closedMonths, closedEarly.getOrDefault(district, 0));
    }

    private static BigDecimal share(ProgressBasis basis, LocalDate asOf, int closedMonths) {
        return basis == ProgressBasis.MONTH ? ProgressMaths.monthShare(closedMonths) : ProgressMaths.yearShare(asOf);
    }

    private static java.time.YearMonth through(int year, ProgressBasis basis, int closedMonths) {
        return basis == ProgressBasis.MONTH && closedMonths > 0 ? java.time.YearMonth.of(year, closedMonths) : null;
    }

    private static BigDecimal percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }

    private static ProgressReport.TargetProgress measure(Target target, List<ProgressFact> facts, BigDecimal yearShare,
                                                         int countedThrough, int quartersSoFar) {
        Map<String, BigDecimal> quarters = new LinkedHashMap<>();
        for (int q = 1; q <= quartersSoFar; q++) {
            quarters.put("Q" + q, BigDecimal.ZERO);
        }
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal reportedSoFar = BigDecimal.ZERO;
        for (ProgressFact fact : facts) {
            if (fact.counts(target.district(), target.minTier(), target.category()) && fact.quarter() <= quartersSoFar) {
                BigDecimal value = target.metric().isAmount() ? fact.amount() : BigDecimal.valueOf(fact.count());
                quarters.merge("Q" + fact.quarter(), value, BigDecimal::add);
                if (fact.month() <= countedThrough) {
                    actual = actual.add(value);
                } else {
                    reportedSoFar = reportedSoFar.add(value);
                }
            }
        }
        BigDecimal due = target.value().multiply(yearShare).setScale(2, RoundingMode.HALF_UP);
        boolean ahead = actual.compareTo(target.value().multiply(yearShare)) >= 0;
        return new ProgressReport.TargetProgress(target.metric(), target.metric().label(), target.minTier(), target.category(),
                target.value(), actual, reportedSoFar, ProgressMaths.completionRate(actual, target.value()), due,
                ahead, actual.subtract(due), 0, 0, quarters);
    }

    /** Competition ranking by completion rate within each target line: equal rates share a rank. */
    private static Map<Target, ProgressReport.TargetProgress> rank(Map<Target, ProgressReport.TargetProgress> unranked) {
        Map<String, List<Target>> lines = unranked.keySet().stream()
                .collect(Collectors.groupingBy(Target::line, LinkedHashMap::new, Collectors.toList()));
        Map<Target, Integer> ranks = new LinkedHashMap<>();
        Function<Target, BigDecimal> rate = t -> {
            BigDecimal r = unranked.get(t).completionRate();
            return r == null ? BigDecimal.valueOf(-1) : r;
        };
        for (List<Target> line : lines.values()) {
            List<Target> sorted = line.stream().sorted(Comparator.comparing(rate).reversed()).toList();
            for (int i = 0; i < sorted.size(); i++) {
                boolean tie = i > 0 && rate.apply(sorted.get(i)).compareTo(rate.apply(sorted.get(i - 1))) == 0;
                ranks.put(sorted.get(i), tie ? ranks.get(sorted.get(i - 1)) : i + 1);
            }
        }
        Map<Target, ProgressReport.TargetProgress> result = new LinkedHashMap<>();
        unranked.forEach((target, p) -> result.put(target, new ProgressReport.TargetProgress(p.metric(), p.label(),
                p.minTier(), p.category(), p.target(), p.actual(), p.reportedSoFar(), p.completionRate(), p.proRataDue(), p.aheadOfSchedule(),
                p.gapToProRata(), ranks.get(target), lines.get(target.line()).size(), p.quarters())));
        return result;
    }
}
