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

    /**
     * {@code amount} working minutes or hours after {@code start} on the clock; {@code amount} working days as an
     * office counts them: from the next day, ending when office hours close on the last one
     * ({@link WorkingCalendar#closeOfWorkingDaysAfter}).
     */
    public Instant dueAt(Instant start, int amount, LimitUnit unit) {
        return switch (unit) {
            case WORKING_MINUTES -> calendar.plusWorkingSeconds(start, amount * 60L);
            case WORKING_HOURS -> calendar.plusWorkingSeconds(start, amount * 3600L);
            case WORKING_DAYS -> calendar.closeOfWorkingDaysAfter(start, amount);
        };
    }

    /** A deadline moved out by extra time (escalation): days by the same rule as {@link #dueAt}, hours on the clock. */
    public Instant extendedBy(Instant due, WorkingTime extra) {
        return extra.amount() <= 0 ? due : dueAt(due, extra.amount(), extra.unit());
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
