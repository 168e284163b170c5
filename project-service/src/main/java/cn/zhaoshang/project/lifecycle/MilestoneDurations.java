package cn.zhaoshang.project.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Days between milestones, as the offices quote them: 天合光能 signed → started in 32 days,
 * 捷泰新能源 51 days to start and 151 to production. Null where either end has not happened.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MilestoneDurations(
        Long daysSignedToStarted,
        Long daysSignedToCompleted,
        Long daysSignedToProduction,
        Long daysSignedToCapacity,
        Long daysLandToStarted,
        Long daysStartedToCompleted,
        Long daysStartedToProduction) {

    public static MilestoneDurations of(Map<Stage, LocalDate> actual) {
        return new MilestoneDurations(
                between(actual, Stage.SIGNED, Stage.CONSTRUCTION_STARTED),
                between(actual, Stage.SIGNED, Stage.COMPLETED),
                between(actual, Stage.SIGNED, Stage.IN_PRODUCTION),
                between(actual, Stage.SIGNED, Stage.AT_CAPACITY),
                between(actual, Stage.LAND_ACQUIRED, Stage.CONSTRUCTION_STARTED),
                between(actual, Stage.CONSTRUCTION_STARTED, Stage.COMPLETED),
                between(actual, Stage.CONSTRUCTION_STARTED, Stage.IN_PRODUCTION));
    }

    private static Long between(Map<Stage, LocalDate> actual, Stage from, Stage to) {
        LocalDate start = actual.get(from);
        LocalDate end = actual.get(to);
        return start == null || end == null ? null : ChronoUnit.DAYS.between(start, end);
    }

    /** Positive when the milestone came before its planned date: days ahead of plan. */
    public static Long daysAheadOfPlan(LocalDate planned, LocalDate actual) {
        return planned == null || actual == null ? null : ChronoUnit.DAYS.between(actual, planned);
    }
}
