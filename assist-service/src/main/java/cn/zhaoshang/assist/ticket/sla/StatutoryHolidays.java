package cn.zhaoshang.assist.ticket.sla;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provisional calendar for a year the State Council has not yet arranged, from the statutory holidays of
 * 《全国年节及纪念日放假办法》 (as amended for 2025): 元旦 1 day, 春节 4 days from 除夕, 清明 on the solar term,
 * 劳动节 2 days, 端午 1 day, 中秋 1 day, 国庆 3 days; a holiday that falls on a weekend is made up on the next
 * weekday (第六条). Lunar dates and solar terms come from {@code cn.6tail:lunar}. What it cannot know is the
 * year's 调休 (weekend make-up working days and bridged days): those come with the official arrangement.
 */
public final class StatutoryHolidays {

    /** The suffix of a weekday that makes up for a statutory holiday on a weekend (春节补假). */
    public static final String MADE_UP = "补假";

    private StatutoryHolidays() {
    }

    /** The year's days off by statute (and their weekday make-up days), by date, with their names. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "元旦");
        LocalDate springFestival = solar(Lunar.fromYmd(year, 1, 1).getSolar());
        for (int i = -1; i <= 2; i++) {
            holidays.put(springFestival.plusDays(i), "春节");
        }
        holidays.put(solar(Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable().get("清明")), "清明节");
        holidays.put(LocalDate.of(year, 5, 1), "劳动节");
        holidays.put(LocalDate.of(year, 5, 2), "劳动节");
        holidays.put(solar(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节");
        holidays.put(solar(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节");
        for (int day = 1; day <= 3; day++) {
            holidays.put(LocalDate.of(year, 10, day), "国庆节");
        }
        Map<LocalDate, String> madeUp = new TreeMap<>();
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            if (isWeekend(holiday.getKey())) {
                LocalDate next = holiday.getKey().plusDays(1);
                while (isWeekend(next) || holidays.containsKey(next) || madeUp.containsKey(next)) {
                    next = next.plusDays(1);
                }
                madeUp.put(next, holiday.getValue() + MADE_UP);
            }
        }
        holidays.putAll(madeUp);
        return holidays;
    }

    /** The year as working-calendar exceptions: every statutory day off that is a weekday is a holiday. */
    public static Map<LocalDate, WorkingCalendar.DayKind> provisional(int year) {
        Map<LocalDate, WorkingCalendar.DayKind> days = new TreeMap<>();
        of(year).keySet().stream().filter(day -> day.getYear() == year)
                .forEach(day -> days.put(day, WorkingCalendar.DayKind.HOLIDAY));
        return days;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate solar(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
