package cn.zhaoshang.chassis.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How times and sentences read in texts people read (notifications, timelines): Beijing time in Chinese form, one
 * full stop at the end. The wire keeps UTC instants; only the words change. Plain Java.
 */
public final class ChineseText {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MONTH_DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter FULL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ChineseText() {
    }

    /** An instant ({@code 2026-12-02T01:30:00Z}) as a person in China reads it: {@code 12月2日 09:30}. */
    public static String beijingTime(Instant instant) {
        return instant == null ? "" : instant.atZone(BEIJING).format(MONTH_DAY_TIME);
    }

    /** {@link #beijingTime(Instant)} of an instant as the wire writes it; text that is no instant stays as it is. */
    public static String beijingTime(String instant) {
        try {
            return beijingTime(Instant.parse(instant));
        } catch (DateTimeException | NullPointerException e) {
            return instant == null ? "" : instant;
        }
    }

    /** An instant with its year, for a report's as-of line: {@code 2026年12月1日 20:45（北京时间）}. */
    public static String fullTime(Instant instant) {
        return instant.atZone(BEIJING).format(FULL_DATE_TIME) + "（北京时间）";
    }

    /** A date ({@code 2026-10-12}) as {@code 2026年10月12日}. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(FULL_DATE);
    }

    /** {@link #date(LocalDate)} of a date as the wire writes it; text that is no date stays as it is. */
    public static String date(String isoDate) {
        try {
            return date(LocalDate.parse(isoDate));
        } catch (DateTimeException | NullPointerException e) {
            return isoDate == null ? "" : isoDate;
        }
    }

    /** The text as a sentence: a closing 。 unless it already ends with one (or with ！？…). */
    public static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return "。！？!?…．.".indexOf(last) >= 0 ? trimmed : trimmed + "。";
    }
}
