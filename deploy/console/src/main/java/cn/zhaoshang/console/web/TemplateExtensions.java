package cn.zhaoshang.console.web;

import cn.zhaoshang.console.format.Beijing;
import cn.zhaoshang.console.format.Labels;
import cn.zhaoshang.console.format.WorkingTimeLeft;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the pages write what the APIs return: {@code {ticket.submittedAt.beijing}}, {@code {ticket.status.ticketStatus}}. */
@TemplateExtension
public final class TemplateExtensions {

    private TemplateExtensions() {
    }

    static String beijing(String instant) {
        return Beijing.time(instant, Beijing.thisYear());
    }

    static String chineseDate(String isoDate) {
        return Beijing.date(isoDate);
    }

    /** 2026-11 as 2026年11月 */
    static String yearMonth(String isoMonth) {
        return isoMonth != null && isoMonth.matches("\\d{4}-\\d{2}")
                ? isoMonth.substring(0, 4) + "年" + Integer.parseInt(isoMonth.substring(5)) + "月" : isoMonth;
    }

    static String ticketStatus(String code) {
        return Labels.ticketStatus(code);
    }

    static String timelineAction(String code) {
        return Labels.timelineAction(code);
    }

    static String stageLabel(String code) {
        return Labels.stage(code);
    }

    static String waitingOnLabel(String code) {
        return Labels.waitingOn(code);
    }

    static String unitLabel(String unit) {
        switch (unit == null ? "" : unit) {
            case "WORKING_MINUTES":
                return "个工作分钟";
            case "WORKING_HOURS":
                return "个工作小时";
            case "WORKING_DAYS":
                return "个工作日";
            default:
                return unit;
        }
    }

    static long abs(Number value) {
        return Math.abs(value.longValue());
    }

    static String workingLeft(Number minutes) {
        return WorkingTimeLeft.words(minutes);
    }

    static boolean dueSoon(Number minutes) {
        return WorkingTimeLeft.dueSoon(minutes);
    }

    static boolean overdue(Number minutes) {
        return WorkingTimeLeft.overdue(minutes);
    }

    /** 万元 with thousands separators: 120,000.00 */
    static String wan(Number amount) {
        return amount == null ? "—" : String.format("%,.2f", new BigDecimal(amount.toString()).setScale(2, RoundingMode.HALF_UP));
    }

    /** A figure without trailing zeros, with thousands separators: 2,000,000 and 3,200.5 */
    static String figure(Number value) {
        if (value == null) {
            return "—";
        }
        BigDecimal plain = new BigDecimal(value.toString()).stripTrailingZeros();
        return String.format("%,." + Math.max(0, plain.scale()) + "f", plain);
    }

    /** A percentage the API already gives as one (61.33) as 61.3% */
    static String percentValue(Number percent) {
        return percent == null ? "—" : new BigDecimal(percent.toString()).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    /** A rate the API gives as a fraction (0.35) as 35.0% */
    static String percent(Number rate) {
        return rate == null ? "—" : new BigDecimal(rate.toString()).movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }
}
