package cn.zhaoshang.assist.calendar;

import cn.zhaoshang.assist.ticket.sla.CalendarArrangement;
import cn.zhaoshang.assist.ticket.sla.OfficialCalendar;
import cn.zhaoshang.assist.ticket.sla.StatutoryHolidays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A year of the working calendar as deadlines count it. */
public record CalendarYearView(
        int year,
        @Schema(description = "OFFICIAL: the State Council's arrangement is loaded; PROVISIONAL: the statutory holidays"
                + " alone (each on a weekend made up on the next weekday), no 调休 yet")
        String status,
        @Schema(description = "SHIPPED with the service, LOADED by an admin, or STATUTORY (provisional)")
        String source,
        String title,
        String loadedBy,
        Instant loadedAt,
        List<DayView> holidays,
        List<DayView> workdays,
        @Schema(description = "Only in the answer to a load: how many open tickets' deadlines moved")
        Integer ticketsMoved) {

    public record DayView(LocalDate date, @Schema(examples = "星期五") String weekday, String name, String reason) {

        static DayView of(CalendarArrangement.Day day) {
            return new DayView(day.date(), day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA),
                    day.name(), day.reason());
        }
    }

    static CalendarYearView official(OfficialCalendar.Year year, Integer ticketsMoved) {
        CalendarArrangement arrangement = year.arrangement();
        return new CalendarYearView(arrangement.year(), "OFFICIAL", year.loadedBy() == null ? "SHIPPED" : "LOADED",
                arrangement.title(), year.loadedBy(), year.loadedAt(), days(arrangement.holidays()),
                days(arrangement.workdays()), ticketsMoved);
    }

    static CalendarYearView provisional(int year) {
        List<DayView> holidays = StatutoryHolidays.of(year).entrySet().stream().filter(e -> e.getKey().getYear() == year)
                .map(e -> DayView.of(new CalendarArrangement.Day(e.getKey(), e.getValue(), null))).toList();
        return new CalendarYearView(year, "PROVISIONAL", "STATUTORY",
                "按《全国年节及纪念日放假办法》推算（官方安排公布前，不含调休）", null, null, holidays, List.of(), null);
    }

    private static List<DayView> days(List<CalendarArrangement.Day> days) {
        return days.stream().sorted(java.util.Comparator.comparing(CalendarArrangement.Day::date)).map(DayView::of).toList();
    }
}
