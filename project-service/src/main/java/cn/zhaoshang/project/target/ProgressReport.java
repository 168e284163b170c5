package cn.zhaoshang.project.target;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code GET /stats/progress}: per district, each target against its actual, the pro-rata due and the rank. */
public record ProgressReport(int year, LocalDate asOf, ProgressBasis basis,
                             @Schema(description = "MONTH basis: the last closed month counted (e.g. 2026-11), null before January closes")
                             java.time.YearMonth countedThrough,
                             BigDecimal yearSharePercent, List<DistrictProgress> districts) {

    /**
     * @param countedThrough    MONTH basis: the district's last closed month; later than the report's when every project
     *                          of the district that reports investment (under construction, 开工 reached) has reported
     *                          the months after it before their deadline
     * @param yearSharePercent  the 序时进度 share the district's targets are measured against
     */
    public record DistrictProgress(String district, String districtName,
                                   @Schema(description = "MONTH basis: the district's last closed month; later than the"
                                           + " report's when every project of the district under construction (开工) has"
                                           + " reported the months after it before their deadline")
                                   java.time.YearMonth countedThrough,
                                   BigDecimal yearSharePercent, List<TargetProgress> targets) {
    }

    /**
     * @param completionRate actual / target in percent (null for a zero target)
     * @param rank           1 = best completion rate among districts with the same target line
     * @param actual         MONTH basis: the closed months' reports; DAY basis: everything reported up to asOf
     * @param reportedSoFar  MONTH basis: what months not yet closed have reported so far (not counted); DAY: zero
     * @param quarters       everything reported per quarter, Q1.. up to asOf, closed or not
     */
    public record TargetProgress(TargetMetric metric, String label, String minTier, String category,
                                 BigDecimal target, BigDecimal actual, BigDecimal reportedSoFar, BigDecimal completionRate,
                                 BigDecimal proRataDue, boolean aheadOfSchedule, BigDecimal gapToProRata,
                                 int rank, int rankedAmong, Map<String, BigDecimal> quarters) {
    }
}
