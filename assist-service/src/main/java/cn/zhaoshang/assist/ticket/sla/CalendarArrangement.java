package cn.zhaoshang.assist.ticket.sla;

import cn.zhaoshang.chassis.problem.InvalidInput;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year's official holiday arrangement (国务院办公厅关于某年部分节假日安排的通知): the days off and the weekend days
 * worked instead (调休), each with its name. {@link #checked} holds an arrangement to what such a notice can say.
 * Plain Java.
 */
public record CalendarArrangement(int year, String title, List<Day> holidays, List<Day> workdays) {

    /** One day of the arrangement; {@code reason} explains a weekday off the statute does not account for. */
    public record Day(LocalDate date, String name, String reason) {
    }

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public CalendarArrangement {
        holidays = List.copyOf(holidays);
        workdays = List.copyOf(workdays);
    }

    /** The arrangement as exceptions to Monday to Friday. */
    public Map<LocalDate, WorkingCalendar.DayKind> days() {
        Map<LocalDate, WorkingCalendar.DayKind> days = new TreeMap<>();
        holidays.forEach(day -> days.put(day.date(), WorkingCalendar.DayKind.HOLIDAY));
        workdays.forEach(day -> days.put(day.date(), WorkingCalendar.DayKind.WORKDAY));
        return days;
    }

    /**
     * The arrangement if a notice could say it, else a 400 naming the first offending entry:
     * <ul>
     * <li>every date in the year, none listed twice, none both off and worked;</li>
     * <li>a make-up working day (调休) is a Saturday or a Sunday;</li>
     * <li>every statutory holiday ({@link StatutoryHolidays}) that falls on a weekday is a day off;</li>
     * <li>a weekday off beyond the statutory ones is accounted for: a notice gives one for each statutory holiday that
     * fell on a weekend (补休) and one for each weekend day worked (调休); any beyond those carries a reason.</li>
     * </ul>
     * The shipped 2025 and 2026 arrangements pass as the State Council published them, with no reasons.
     */
    public static CalendarArrangement checked(int year, String title, List<Day> holidays, List<Day> workdays) {
        requireYear(year);
        Map<LocalDate, String> seen = new HashMap<>();
        checkDates(year, "holidays", holidays, seen);
        checkDates(year, "workdays", workdays, seen);
        for (int i = 0; i < workdays.size(); i++) {
            LocalDate date = workdays.get(i).date();
            if (!isWeekend(date)) {
                throw new InvalidInput("workdays[" + i + "].date", date + " is a " + date.getDayOfWeek().name().toLowerCase()
                        + ": a make-up working day (调休) is a Saturday or a Sunday");
            }
        }
        Map<LocalDate, String> statutory = statutoryDays(year);
        List<LocalDate> off = holidays.stream().map(Day::date).toList();
        statutory.forEach((date, name) -> {
            if (!isWeekend(date) && !off.contains(date)) {
                throw new InvalidInput("holidays", date + " (" + name + ") is a statutory holiday on a weekday;"
                        + " the arrangement must give it off");
            }
        });
        long weekendStatutory = statutory.keySet().stream().filter(CalendarArrangement::isWeekend).count();
        List<String> unexplained = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Day day = holidays.get(i);
            if (!isWeekend(day.date()) && !statutory.containsKey(day.date()) && (day.reason() == null || day.reason().isBlank())) {
                unexplained.add(day.date() + " (holidays[" + i + "])");
            }
        }
        long accountedFor = weekendStatutory + workdays.size();
        if (unexplained.size() > accountedFor) {
            throw new InvalidInput("holidays", unexplained.size() + " weekdays off are not statutory holidays, but only "
                    + accountedFor + " are accounted for (" + weekendStatutory + " statutory holidays on a weekend, "
                    + workdays.size() + " make-up working days): give the reason for the others: " + String.join(", ", unexplained));
        }
        return new CalendarArrangement(year, title.strip(), holidays, workdays);
    }

    /** A year the calendar can hold, else a 400. */
    public static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput("year", "a calendar year from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
    }

    /** The statutory holidays proper (not the provisional calendar's guesses at 补休) of the year. */
    public static Map<LocalDate, String> statutoryDays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        StatutoryHolidays.of(year).forEach((date, name) -> {
            if (date.getYear() == year && !name.endsWith(StatutoryHolidays.MADE_UP)) {
                days.put(date, name);
            }
        });
        return days;
    }

    private static void checkDates(int year, String list, List<Day> days, Map<LocalDate, String> seen) {
        for (int i = 0; i < days.size(); i++) {
            String field = list + "[" + i + "].date";
            LocalDate date = days.get(i).date();
            if (date == null) {
                throw new InvalidInput(field, "a date is required");
            }
            if (date.getYear() != year) {
                throw new InvalidInput(field, date + " is not in " + year);
            }
            String before = seen.putIfAbsent(date, field);
            if (before != null) {
                throw new InvalidInput(field, date + " is listed twice (also " + before + "): a day is either off or worked");
            }
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
