package cn.zhaoshang.assist.ticket.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official working calendar: working hours on working days in one zone (Asia/Shanghai). A day is a
 * working day when the year's data says WORKDAY (a make-up weekend day, 调休), or when it is Monday to Friday
 * and the data does not say HOLIDAY. Time limits count only the seconds that fall inside working hours.
 * Plain Java: every rule is testable without Quarkus.
 */
public final class WorkingCalendar {

    /** One stretch of working time in a day, e.g. 08:30–12:00. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("a working period ends after it starts: " + start + "–" + end);
            }
        }

        long seconds() {
            return Duration.between(start, end).toSeconds();
        }
    }

    public enum DayKind {
        HOLIDAY, WORKDAY
    }

    /** How far ahead a limit may reach before the calendar gives up (a data error, not a real limit). */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final List<Period> periods;
    private final Map<LocalDate, DayKind> exceptions;
    private final Set<Integer> coveredYears;

    /** Years without official data: their statutory holidays, worked out once per year. */
    private final Map<Integer, Map<LocalDate, DayKind>> provisionalYears = new java.util.concurrent.ConcurrentHashMap<>();

    public WorkingCalendar(ZoneId zone, List<Period> periods, Map<LocalDate, DayKind> exceptions) {
        this(zone, periods, exceptions, Set.copyOf(exceptions.keySet().stream().map(LocalDate::getYear).toList()));
    }

    private WorkingCalendar(ZoneId zone, List<Period> periods, Map<LocalDate, DayKind> exceptions, Set<Integer> coveredYears) {
        this.zone = zone;
        this.periods = periods.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
        this.exceptions = Map.copyOf(exceptions);
        this.coveredYears = Set.copyOf(coveredYears);
        for (int i = 1; i < this.periods.size(); i++) {
            if (this.periods.get(i).start().isBefore(this.periods.get(i - 1).end())) {
                throw new IllegalArgumentException("working periods overlap: " + this.periods);
            }
        }
    }

    /** This calendar with {@code arrangement} as its year's official arrangement, in place of what it had for that year. */
    public WorkingCalendar withOfficialYear(CalendarArrangement arrangement) {
        Map<LocalDate, DayKind> days = new java.util.HashMap<>(exceptions);
        days.keySet().removeIf(day -> day.getYear() == arrangement.year());
        days.putAll(arrangement.days());
        Set<Integer> years = new java.util.HashSet<>(coveredYears);
        years.add(arrangement.year());
        return new WorkingCalendar(zone, periods, days, years);
    }

    /**
     * A deadline set on the calendar {@code before} as it falls on this one: the same working time after
     * {@code start}. A limit in working days ends at the close of a working day on both (the working time of the
     * start's day plus whole days), so it keeps ending at a close; days that became holidays push it out, days that
     * became working days pull it in.
     */
    public Instant recount(Instant start, Instant due, WorkingCalendar before) {
        if (start == null || due == null || !due.isAfter(start)) {
            return due;
        }
        return plusWorkingSeconds(start, before.workingSecondsBetween(start, due));
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Whether the year's official arrangement is loaded. A year without one follows a provisional calendar: its
     * statutory holidays ({@link StatutoryHolidays}), without the 调休 that only the official arrangement gives.
     */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** Whether every year from {@code from} to {@code to} (inclusive) has its official arrangement. */
    public boolean officialBetween(Instant from, Instant to) {
        for (int year = from.atZone(zone).getYear(); year <= to.atZone(zone).getYear(); year++) {
            if (!covers(year)) {
                return false;
            }
        }
        return true;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = covers(day.getYear()) ? exceptions.get(day)
                : provisionalYears.computeIfAbsent(day.getYear(), StatutoryHolidays::provisional).get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working seconds in one full working day (7.5 hours with the default periods). */
    public long secondsPerWorkingDay() {
        return periods.stream().mapToLong(Period::seconds).sum();
    }

    /**
     * The close of office hours on the {@code days}-th working day after the day of {@code start}: a period in days
     * as the civil code counts it (民法典 第二百零一条: the day it starts on is not counted; 第二百零三条: a last day
     * that is a holiday gives way to the next working day, and where there are office hours the period ends when
     * they close). Three working days from Wednesday 10:00 end on Monday at the close of office hours.
     */
    public Instant closeOfWorkingDaysAfter(Instant start, int days) {
        if (days <= 0) {
            return start;
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        int counted = 0;
        for (int i = 0; i < MAX_DAYS; i++) {
            day = day.plusDays(1);
            if (isWorkingDay(day) && ++counted == days) {
                return day.atTime(periods.get(periods.size() - 1).end()).atZone(zone).toInstant();
            }
        }
        throw new IllegalStateException("no " + days + " working days within " + MAX_DAYS + " days of " + start);
    }

    /** The moment {@code seconds} of working time after {@code start}. */
    public Instant plusWorkingSeconds(Instant start, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("working time to add is negative: " + seconds);
        }
        ZonedDateTime cursor = start.atZone(zone);
        long remaining = seconds;
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            if (isWorkingDay(date)) {
                for (Period period : periods) {
                    ZonedDateTime from = max(cursor, date.atTime(period.start()).atZone(zone));
                    ZonedDateTime to = date.atTime(period.end()).atZone(zone);
                    if (!from.isBefore(to)) {
                        continue;
                    }
                    long available = Duration.between(from, to).toSeconds();
                    if (remaining <= available) {
                        return from.plusSeconds(remaining).toInstant();
                    }
                    remaining -= available;
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("no " + seconds + " s of working time within " + MAX_DAYS + " days of " + start);
    }

    /** Working seconds between two moments (0 when {@code to} is not after {@code from}). */
    public long workingSecondsBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        long total = 0;
        for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (Period period : periods) {
                ZonedDateTime a = max(start, date.atTime(period.start()).atZone(zone));
                ZonedDateTime b = min(end, date.atTime(period.end()).atZone(zone));
                if (a.isBefore(b)) {
                    total += Duration.between(a, b).toSeconds();
                }
            }
        }
        return total;
    }

    private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
