package cn.zhaoshang.assist.ticket.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The calendar the service runs on by default, for rule tests: 08:30–12:00 and 13:30–17:30 Beijing time, the shipped holidays. */
public final class OfficeHours {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final WorkingCalendar CALENDAR = new WorkingCalendar(SHANGHAI,
            List.of(new WorkingCalendar.Period(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new WorkingCalendar.Period(LocalTime.of(13, 30), LocalTime.of(17, 30))),
            CalendarData.days(CalendarData.load(null)));
    public static final SlaClock CLOCK = new SlaClock(CALENDAR);

    private OfficeHours() {
    }

    /** A Beijing wall-clock time, e.g. {@code 2026-11-30T09:00}, as an instant. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
