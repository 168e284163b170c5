package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.ticket.sla.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The working time left that the team's queue shows, counted on the calendar, not the wall clock. */
class TicketViewRemainingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingCalendar calendar = new WorkingCalendar(SHANGHAI,
            List.of(new WorkingCalendar.Period(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new WorkingCalendar.Period(LocalTime.of(13, 30), LocalTime.of(17, 30))),
            Map.of(LocalDate.of(2026, 12, 4), WorkingCalendar.DayKind.HOLIDAY));

    @Test
    void leftTimeSkipsLunchNightsWeekendsAndHolidaysAndTurnsNegativeOncePassed() {
        Instant thursdayMorning = at("2026-12-03T11:00");
        // 11:00–12:00 and 13:30–17:30 on Thursday; Friday is a day off here, the weekend too; Monday 08:30–10:00
        assertEquals(60 + 240 + 90, TicketView.remainingMinutes(at("2026-12-07T10:00"), thursdayMorning, calendar));
        assertEquals(-(30 + 60), TicketView.remainingMinutes(thursdayMorning, at("2026-12-03T14:00"), calendar));
        assertNull(TicketView.remainingMinutes(null, thursdayMorning, calendar));
    }

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }
}
