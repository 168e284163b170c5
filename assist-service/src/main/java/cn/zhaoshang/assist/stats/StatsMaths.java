package cn.zhaoshang.assist.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of ticket statistics: rates as fractions to three places, working seconds as hours to one. */
public final class StatsMaths {

    private StatsMaths() {
    }

    /** {@code part / whole} as 0.000–1.000, or null when there is nothing to measure (no 0 % for an empty group). */
    public static BigDecimal rate(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    public static BigDecimal hours(Number workingSeconds) {
        if (workingSeconds == null) {
            return null;
        }
        return BigDecimal.valueOf(workingSeconds.doubleValue()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal mean(Number value) {
        return value == null ? null : BigDecimal.valueOf(value.doubleValue()).setScale(2, RoundingMode.HALF_UP);
    }
}
