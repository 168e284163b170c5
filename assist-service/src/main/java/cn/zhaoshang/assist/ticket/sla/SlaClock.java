package cn.zhaoshang.assist.ticket.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Deadlines on the working calendar: due times, warning times, and deadlines pushed out by paused time. */
public final class SlaClock {

    private final WorkingCalendar calendar;

    public SlaClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** {@code amount} working minutes, hours or days (a working day = one day's working hours) after {@code start}. */
    public Instant dueAt(Instant start, int amount, LimitUnit unit) {
        long seconds = switch (unit) {
            case WORKING_MINUTES -> amount * 60L;
            case WORKING_HOURS -> amount * 3600L;
            case WORKING_DAYS -> amount * calendar.secondsPerWorkingDay();
        };
        return calendar.plusWorkingSeconds(start, seconds);
    }

    /** When {@code ratio} of the working time between start and due has gone (75 % by default). */
    public Instant warningAt(Instant start, Instant due, BigDecimal ratio) {
        long total = calendar.workingSecondsBetween(start, due);
        long elapsed = BigDecimal.valueOf(total).multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValue();
        return calendar.plusWorkingSeconds(start, elapsed);
    }

    /** A deadline moved out by working time spent waiting (paused): the wait does not count against the team. */
    public Instant extendedBy(Instant due, long pausedWorkingSeconds) {
        return pausedWorkingSeconds <= 0 ? due : calendar.plusWorkingSeconds(due, pausedWorkingSeconds);
    }

    /** Working seconds between two moments, for paused time and statistics. */
    public long workingSecondsBetween(Instant from, Instant to) {
        return calendar.workingSecondsBetween(from, to);
    }
}
