package cn.zhaoshang.project.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** 序时进度 and completion rates. Pure arithmetic: no database, no clock. */
public final class ProgressMaths {

    private ProgressMaths() {
    }

    /**
     * How many months of {@code asOf}'s year are closed on {@code asOf}: month M closes on day {@code deadlineDay} of
     * month M+1 (day 1: as soon as it is over). On 1 December with deadline day 1 that is 11, through November.
     */
    public static int closedMonths(LocalDate asOf, int deadlineDay) {
        int closed = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate closes = java.time.YearMonth.of(asOf.getYear(), month).plusMonths(1).atDay(1).plusDays(deadlineDay - 1L);
            if (!closes.isAfter(asOf)) {
                closed = month;
            }
        }
        return closed;
    }

    /**
     * The months closed for one district: those closed by their deadline ({@link #closedMonths(LocalDate, int)}), then,
     * in order, each month that is over on {@code asOf} and that every project of the district which reports
     * investment has reported ({@code fullyReported}). A month still running never closes early.
     */
    public static int closedMonths(LocalDate asOf, int deadlineDay, java.util.Set<Integer> fullyReported) {
        int closed = closedMonths(asOf, deadlineDay);
        while (closed < 12 && fullyReported.contains(closed + 1)
                && java.time.YearMonth.of(asOf.getYear(), closed + 1).atEndOfMonth().isBefore(asOf)) {
            closed++;
        }
        return closed;
    }

    /** The share of the year in closed months: closed / 12. */
    public static BigDecimal monthShare(int closedMonths) {
        return BigDecimal.valueOf(closedMonths).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
    }

    /** The share of the year gone by the end of {@code asOf}: day-of-year / days-in-year (366 in leap years). */
    public static BigDecimal yearShare(LocalDate asOf) {
        return BigDecimal.valueOf(asOf.getDayOfYear())
                .divide(BigDecimal.valueOf(asOf.lengthOfYear()), 10, RoundingMode.HALF_UP);
    }

    /** What should be done by {@code asOf} if the year's target were spread evenly over its days. */
    public static BigDecimal proRataDue(BigDecimal target, LocalDate asOf) {
        return target.multiply(yearShare(asOf)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Actual as a percentage of target, two decimals (61.33 means 61.33 %); null for a zero target. */
    public static BigDecimal completionRate(BigDecimal actual, BigDecimal target) {
        if (target.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
    }

    /** 超序时: at or above the pro-rata amount. */
    public static boolean aheadOfSchedule(BigDecimal actual, BigDecimal target, LocalDate asOf) {
        return actual.compareTo(target.multiply(yearShare(asOf))) >= 0;
    }

    public static int quarterOf(int month) {
        return (month - 1) / 3 + 1;
    }
}
