package cn.zhaoshang.console.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** Times as a person in the office reads them: Beijing time, Chinese form (12月3日（周四）17:30). */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private Beijing() {
    }

    /** An instant from the wire (ISO-8601, UTC) in Beijing time; the year only when it is not {@code thisYear}. */
    public static String time(String instant, int thisYear) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        ZonedDateTime at;
        try {
            at = Instant.parse(instant).atZone(ZONE);
        } catch (DateTimeParseException e) {
            return instant;
        }
        return (at.getYear() == thisYear ? "" : at.getYear() + "年") + at.getMonthValue() + "月" + at.getDayOfMonth() + "日（"
                + WEEKDAYS[at.getDayOfWeek().getValue() - 1] + "）" + String.format("%02d:%02d", at.getHour(), at.getMinute());
    }

    /** A date from the wire (2026-10-12) as 2026年10月12日. */
    public static String date(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        try {
            LocalDate day = LocalDate.parse(isoDate);
            return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    public static int thisYear() {
        return LocalDate.now(ZONE).getYear();
    }
}
