package cn.zhaoshang.notify.inbox;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How times and sentences read in notifications: Beijing time in Chinese form, one full stop at the end. Plain Java. */
final class ChineseText {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MONTH_DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ChineseText() {
    }

    /** An instant on the wire ({@code 2026-12-02T01:30:00Z}) as a person in China reads it: {@code 12月2日 09:30}. */
    static String beijingTime(String instant) {
        try {
            ZonedDateTime local = Instant.parse(instant).atZone(BEIJING);
            return local.format(MONTH_DAY_TIME);
        } catch (DateTimeException | NullPointerException e) {
            return instant == null ? "" : instant;
        }
    }

    /** A date on the wire ({@code 2026-10-12}) as {@code 2026年10月12日}. */
    static String date(String isoDate) {
        try {
            return LocalDate.parse(isoDate).format(FULL_DATE);
        } catch (DateTimeException | NullPointerException e) {
            return isoDate == null ? "" : isoDate;
        }
    }

    /** The text as a sentence: a closing 。 unless it already ends with one (or with ！？…). */
    static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return "。！？!?…．.".indexOf(last) >= 0 ? trimmed : trimmed + "。";
    }
}
