package cn.zhaoshang.project.target;

import cn.zhaoshang.project.registry.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressMathsTest {

    @Test
    void proRataCountsLeapDaysAndEndsAtTheFullTargetOnTheLastDay() {
        assertThat(ProgressMaths.proRataDue(new BigDecimal("366"), LocalDate.parse("2024-02-29"))).isEqualByComparingTo("60");
        assertThat(ProgressMaths.proRataDue(new BigDecimal("365"), LocalDate.parse("2025-03-01"))).isEqualByComparingTo("60");
        assertThat(ProgressMaths.proRataDue(new BigDecimal("5000000"), LocalDate.parse("2024-12-31"))).isEqualByComparingTo("5000000");
        assertThat(ProgressMaths.proRataDue(new BigDecimal("5000000"), LocalDate.parse("2025-12-31"))).isEqualByComparingTo("5000000");
        assertThat(ProgressMaths.proRataDue(new BigDecimal("365"), LocalDate.parse("2025-01-01"))).isEqualByComparingTo("1");
    }

    @Test
    void completionRateIsAPercentageWithTwoDecimals() {
        assertThat(ProgressMaths.completionRate(new BigDecimal("306.65"), new BigDecimal("500"))).isEqualByComparingTo("61.33");
        assertThat(ProgressMaths.completionRate(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void aheadOfScheduleMeansAtOrAboveProRata() {
        assertThat(ProgressMaths.aheadOfSchedule(new BigDecimal("60"), new BigDecimal("366"), LocalDate.parse("2024-02-29"))).isTrue();
        assertThat(ProgressMaths.aheadOfSchedule(new BigDecimal("59.99"), new BigDecimal("366"), LocalDate.parse("2024-02-29"))).isFalse();
    }

    @Test
    void calculatorCountsByScopeSumsQuartersAndRanksDistrictsWithTies() {
        List<ProgressCalculator.Target> targets = List.of(
                new ProgressCalculator.Target("lianshui", TargetMetric.SIGNED_COUNT, "YI_10_TO_50", "ANY", new BigDecimal("12")),
                new ProgressCalculator.Target("etdz", TargetMetric.SIGNED_COUNT, "YI_10_TO_50", "ANY", new BigDecimal("12")),
                new ProgressCalculator.Target("huaian", TargetMetric.SIGNED_COUNT, "YI_10_TO_50", "ANY", new BigDecimal("6")),
                new ProgressCalculator.Target("lianshui", TargetMetric.SIGNED_AMOUNT, "ANY", "INDUSTRIAL", new BigDecimal("1000")));
        Map<TargetMetric, List<ProgressFact>> facts = Map.of(
                TargetMetric.SIGNED_COUNT, List.of(
                        new ProgressFact("lianshui", Tier.YI_10_TO_50, Set.of("INDUSTRIAL"), 1, 2, new BigDecimal("300")),
                        new ProgressFact("lianshui", Tier.YI_50_PLUS, Set.of(), 4, 1, new BigDecimal("600")),
                        new ProgressFact("lianshui", Tier.YI_1_TO_10, Set.of("INDUSTRIAL"), 1, 5, new BigDecimal("100")),
                        new ProgressFact("etdz", Tier.YI_10_TO_50, Set.of(), 1, 3, new BigDecimal("400")),
                        new ProgressFact("huaian", Tier.YI_10_TO_50, Set.of(), 7, 1, new BigDecimal("100"))),
                TargetMetric.SIGNED_AMOUNT, List.of(
                        new ProgressFact("lianshui", Tier.YI_10_TO_50, Set.of("INDUSTRIAL"), 1, 2, new BigDecimal("300")),
                        new ProgressFact("lianshui", Tier.YI_1_TO_10, Set.of("INDUSTRIAL"), 4, 5, new BigDecimal("100.50")),
                        new ProgressFact("lianshui", Tier.YI_50_PLUS, Set.of(), 4, 1, new BigDecimal("600"))));

        ProgressReport report = ProgressCalculator.compute(2025, LocalDate.parse("2025-06-30"), ProgressBasis.DAY, 0, targets, facts, Map.of());

        ProgressReport.TargetProgress lianshuiCount = find(report, "lianshui", TargetMetric.SIGNED_COUNT);
        assertThat(lianshuiCount.actual()).isEqualByComparingTo("3");
        assertThat(lianshuiCount.quarters()).containsEntry("Q1", new BigDecimal("2")).containsEntry("Q2", new BigDecimal("1"));
        assertThat(lianshuiCount.completionRate()).isEqualByComparingTo("25.00");
        ProgressReport.TargetProgress etdz = find(report, "etdz", TargetMetric.SIGNED_COUNT);
        ProgressReport.TargetProgress huaian = find(report, "huaian", TargetMetric.SIGNED_COUNT);
        assertThat(huaian.quarters()).containsEntry("Q2", BigDecimal.ZERO).doesNotContainKey("Q3");
        assertThat(huaian.actual()).isEqualByComparingTo("0");
        assertThat(lianshuiCount.rank()).isEqualTo(1);
        assertThat(etdz.rank()).isEqualTo(1);
        assertThat(huaian.rank()).isEqualTo(3);
        assertThat(etdz.rankedAmong()).isEqualTo(3);

        ProgressReport.TargetProgress amount = find(report, "lianshui", TargetMetric.SIGNED_AMOUNT);
        assertThat(amount.actual()).isEqualByComparingTo("400.50");
        // 181 of 365 days: 1000 × 181 / 365 = 495.89
        assertThat(amount.proRataDue()).isEqualByComparingTo("495.89");
        assertThat(amount.aheadOfSchedule()).isFalse();
        assertThat(amount.gapToProRata()).isEqualByComparingTo("-95.39");
    }

    /**
     * 序时进度 by months closed: a district behind on January–November does not turn "ahead" on 1 December by
     * reporting December early (by days gone it did: 11,100 against a due 11,013.70).
     */
    @Test
    void byMonthsClosedTheCurrentMonthsReportWaitsForItsMonthToClose() {
        List<ProgressCalculator.Target> targets = List.of(
                new ProgressCalculator.Target("etdz", TargetMetric.EFFECTIVE_INVESTMENT, "ANY", "ANY", new BigDecimal("12000")));
        List<ProgressFact> reports = new java.util.ArrayList<>();
        for (int month = 1; month <= 11; month++) { // 11 × 900 = 9,900 through November
            reports.add(new ProgressFact("etdz", Tier.YI_1_TO_10, Set.of(), month, 1, new BigDecimal("900")));
        }
        reports.add(new ProgressFact("etdz", Tier.YI_1_TO_10, Set.of(), 12, 1, new BigDecimal("1200"))); // December, reported on the 1st
        Map<TargetMetric, List<ProgressFact>> facts = Map.of(TargetMetric.EFFECTIVE_INVESTMENT, reports);
        LocalDate december1 = LocalDate.parse("2026-12-01");

        ProgressReport byDays = ProgressCalculator.compute(2026, december1, ProgressBasis.DAY, 0, targets, facts, Map.of());
        ProgressReport.TargetProgress days = byDays.districts().get(0).targets().get(0);
        assertThat(days.proRataDue()).isEqualByComparingTo("11013.70");
        assertThat(days.actual()).isEqualByComparingTo("11100");
        assertThat(days.aheadOfSchedule()).isTrue();

        int closed = ProgressMaths.closedMonths(december1, 1);
        assertThat(closed).isEqualTo(11);
        ProgressReport byMonths = ProgressCalculator.compute(2026, december1, ProgressBasis.MONTH, closed, targets, facts, Map.of());
        ProgressReport.TargetProgress months = byMonths.districts().get(0).targets().get(0);
        assertThat(byMonths.yearSharePercent()).isEqualByComparingTo("91.67");
        assertThat(byMonths.countedThrough()).isEqualTo(java.time.YearMonth.of(2026, 11));
        assertThat(months.proRataDue()).isEqualByComparingTo("11000.00");
        assertThat(months.actual()).isEqualByComparingTo("9900");
        assertThat(months.reportedSoFar()).isEqualByComparingTo("1200");
        assertThat(months.aheadOfSchedule()).isFalse();
        assertThat(months.gapToProRata()).isEqualByComparingTo("-1100.00");
    }

    @Test
    void aMonthClosesOnItsReportingDeadline() {
        assertThat(ProgressMaths.closedMonths(LocalDate.parse("2026-11-30"), 1)).isEqualTo(10);
        assertThat(ProgressMaths.closedMonths(LocalDate.parse("2026-12-01"), 1)).isEqualTo(11);
        assertThat(ProgressMaths.closedMonths(LocalDate.parse("2026-12-09"), 10)).isEqualTo(10);
        assertThat(ProgressMaths.closedMonths(LocalDate.parse("2026-12-10"), 10)).isEqualTo(11);
        assertThat(ProgressMaths.closedMonths(LocalDate.parse("2026-01-31"), 1)).isZero();
        assertThat(ProgressMaths.closedMonths(LocalDate.parse("2026-12-31"), 1)).as("December closes in January").isEqualTo(11);
    }

    /** With reports due on the 10th, a district whose projects under construction all reported November closes it early. */
    @Test
    void aMonthEveryProjectReportedClosesBeforeItsDeadlineButNeverBeforeItIsOver() {
        LocalDate december3 = LocalDate.parse("2026-12-03");
        assertThat(ProgressMaths.closedMonths(december3, 10)).isEqualTo(10);
        assertThat(ProgressMaths.closedMonths(december3, 10, Set.of(11))).isEqualTo(11);
        assertThat(ProgressMaths.closedMonths(december3, 10, Set.of(11, 12))).as("December is not over").isEqualTo(11);
        assertThat(ProgressMaths.closedMonths(LocalDate.parse("2026-11-03"), 10, Set.of(11))).as("October first").isEqualTo(9);

        List<ProgressCalculator.Target> targets = List.of(
                new ProgressCalculator.Target("etdz", TargetMetric.EFFECTIVE_INVESTMENT, "ANY", "ANY", new BigDecimal("12000")),
                new ProgressCalculator.Target("zongyang", TargetMetric.EFFECTIVE_INVESTMENT, "ANY", "ANY", new BigDecimal("12000")));
        List<ProgressFact> reports = new java.util.ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            reports.add(new ProgressFact("etdz", Tier.YI_1_TO_10, Set.of(), month, 1, new BigDecimal("1000")));
            reports.add(new ProgressFact("zongyang", Tier.YI_1_TO_10, Set.of(), month, 1, new BigDecimal("1000")));
        }
        ProgressReport report = ProgressCalculator.compute(2026, december3, ProgressBasis.MONTH, 10, Map.of("etdz", 11), targets,
                Map.of(TargetMetric.EFFECTIVE_INVESTMENT, reports), Map.of());
        assertThat(report.countedThrough()).isEqualTo(java.time.YearMonth.of(2026, 10));
        ProgressReport.DistrictProgress etdz = report.districts().get(0);
        assertThat(etdz.countedThrough()).isEqualTo(java.time.YearMonth.of(2026, 11));
        assertThat(etdz.yearSharePercent()).isEqualByComparingTo("91.67");
        assertThat(etdz.targets().get(0).actual()).isEqualByComparingTo("11000");
        assertThat(etdz.targets().get(0).proRataDue()).isEqualByComparingTo("11000.00");
        ProgressReport.DistrictProgress zongyang = report.districts().get(1);
        assertThat(zongyang.countedThrough()).isEqualTo(java.time.YearMonth.of(2026, 10));
        assertThat(zongyang.yearSharePercent()).isEqualByComparingTo("83.33");
        assertThat(zongyang.targets().get(0).actual()).isEqualByComparingTo("10000");
        assertThat(zongyang.targets().get(0).reportedSoFar()).isEqualByComparingTo("1000");
    }

    private static ProgressReport.TargetProgress find(ProgressReport report, String district, TargetMetric metric) {
        return report.districts().stream().filter(d -> d.district().equals(district)).findFirst().orElseThrow()
                .targets().stream().filter(t -> t.metric() == metric).findFirst().orElseThrow();
    }
}
