package cn.zhaoshang.project.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code GET /stats/progress}: per district, each target against its actual, the pro-rata due and the rank. */
public record ProgressReport(int year, LocalDate asOf, BigDecimal yearSharePercent, List<DistrictProgress> districts) {

    public record DistrictProgress(String district, String districtName, List<TargetProgress> targets) {
    }

    /**
     * @param completionRate actual / target in percent (null for a zero target)
     * @param rank           1 = best completion rate among districts with the same target line
     * @param quarters       the actual figure per quarter, Q1.. up to asOf
     */
    public record TargetProgress(TargetMetric metric, String label, String minTier, String category,
                                 BigDecimal target, BigDecimal actual, BigDecimal completionRate,
                                 BigDecimal proRataDue, boolean aheadOfSchedule, BigDecimal gapToProRata,
                                 int rank, int rankedAmong, Map<String, BigDecimal> quarters) {
    }
}
