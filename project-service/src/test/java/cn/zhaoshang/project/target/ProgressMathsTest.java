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
                        new ProgressFact("lianshui", Tier.YI_50_PLUS, Set.of(), 2, 1, new BigDecimal("600")),
                        new ProgressFact("lianshui", Tier.YI_1_TO_10, Set.of("INDUSTRIAL"), 1, 5, new BigDecimal("100")),
                        new ProgressFact("etdz", Tier.YI_10_TO_50, Set.of(), 1, 3, new BigDecimal("400")),
                        new ProgressFact("huaian", Tier.YI_10_TO_50, Set.of(), 3, 1, new BigDecimal("100"))),
                TargetMetric.SIGNED_AMOUNT, List.of(
                        new ProgressFact("lianshui", Tier.YI_10_TO_50, Set.of("INDUSTRIAL"), 1, 2, new BigDecimal("300")),
                        new ProgressFact("lianshui", Tier.YI_1_TO_10, Set.of("INDUSTRIAL"), 2, 5, new BigDecimal("100.50")),
                        new ProgressFact("lianshui", Tier.YI_50_PLUS, Set.of(), 2, 1, new BigDecimal("600"))));

        ProgressReport report = ProgressCalculator.compute(2025, LocalDate.parse("2025-06-30"), targets, facts, Map.of());

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

    private static ProgressReport.TargetProgress find(ProgressReport report, String district, TargetMetric metric) {
        return report.districts().stream().filter(d -> d.district().equals(district)).findFirst().orElseThrow()
                .targets().stream().filter(t -> t.metric() == metric).findFirst().orElseThrow();
    }
}
