package cn.zhaoshang.assist.ticket.sla;

import cn.zhaoshang.chassis.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a year's official arrangement may say, tried on the State Council's own arrangements for 2025 and 2026. */
class CalendarArrangementTest {

    private static final Map<Integer, CalendarArrangement> SHIPPED = CalendarData.load(null);

    @Test
    void theShippedOfficialArrangementsPassAsPublishedWithoutReasons() {
        for (int year : new int[] {2025, 2026}) {
            CalendarArrangement shipped = SHIPPED.get(year);
            CalendarArrangement checked = CalendarArrangement.checked(year, shipped.title(), shipped.holidays(), shipped.workdays());
            assertThat(checked.days()).isEqualTo(shipped.days());
        }
    }

    @Test
    void everyDateIsInTheYearAndEitherOffOrWorked() {
        CalendarArrangement y2026 = SHIPPED.get(2026);
        assertThatThrownBy(() -> CalendarArrangement.checked(2027, "x", y2026.holidays(), y2026.workdays()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("is not in 2027")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("holidays[0].date");
        List<CalendarArrangement.Day> workdays = new ArrayList<>(y2026.workdays());
        workdays.add(day("2026-01-03", "元旦")); // a Saturday that is also a holiday
        assertThatThrownBy(() -> CalendarArrangement.checked(2026, "x", y2026.holidays(), workdays))
                .hasMessageContaining("2026-01-03 is listed twice");
        assertThatThrownBy(() -> CalendarArrangement.checked(1999, "x", List.of(), List.of())).hasMessageContaining("not 1999");
    }

    @Test
    void aMakeUpWorkingDayIsAWeekendDay() {
        CalendarArrangement y2026 = SHIPPED.get(2026);
        List<CalendarArrangement.Day> workdays = new ArrayList<>(y2026.workdays());
        workdays.add(day("2026-03-02", "调休"));
        assertThatThrownBy(() -> CalendarArrangement.checked(2026, "x", y2026.holidays(), workdays))
                .hasMessageContaining("2026-03-02 is a monday").extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("workdays[" + (workdays.size() - 1) + "].date");
    }

    @Test
    void aStatutoryHolidayOnAWeekdayCannotBeLeftOut() {
        CalendarArrangement y2026 = SHIPPED.get(2026);
        List<CalendarArrangement.Day> holidays = y2026.holidays().stream()
                .filter(d -> !d.date().equals(LocalDate.of(2026, 9, 25))).toList(); // 中秋节, a Friday
        assertThatThrownBy(() -> CalendarArrangement.checked(2026, "x", holidays, y2026.workdays()))
                .hasMessageContaining("2026-09-25 (中秋节) is a statutory holiday on a weekday");
    }

    /**
     * 2026 gives nine weekdays off beyond the statute, against three statutory days on a weekend and six make-up
     * working days. A tenth needs a reason.
     */
    @Test
    void aWeekdayOffBeyondWhatTheStatuteAndTheMakeUpDaysAccountForNeedsAReason() {
        CalendarArrangement y2026 = SHIPPED.get(2026);
        List<CalendarArrangement.Day> holidays = new ArrayList<>(y2026.holidays());
        holidays.add(day("2026-12-31", "跨年"));
        assertThatThrownBy(() -> CalendarArrangement.checked(2026, "x", holidays, y2026.workdays()))
                .hasMessageContaining("10 weekdays off are not statutory holidays, but only 9 are accounted for")
                .hasMessageContaining("2026-12-31");
        holidays.set(holidays.size() - 1, new CalendarArrangement.Day(LocalDate.of(2026, 12, 31), "跨年", "地方补充安排"));
        assertThat(CalendarArrangement.checked(2026, "x", holidays, y2026.workdays()).days())
                .containsEntry(LocalDate.of(2026, 12, 31), WorkingCalendar.DayKind.HOLIDAY);
    }

    @Test
    void theShippedYearsHaveAsManyWeekdaysOffBeyondTheStatuteAsTheyAccountFor() {
        for (int year : new int[] {2025, 2026}) {
            CalendarArrangement shipped = SHIPPED.get(year);
            Map<LocalDate, String> statutory = CalendarArrangement.statutoryDays(year);
            long extra = shipped.holidays().stream().map(CalendarArrangement.Day::date)
                    .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && !statutory.containsKey(d)).count();
            long weekendStatutory = statutory.keySet().stream().filter(d -> d.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()).count();
            assertThat(extra).as(year + "").isEqualTo(weekendStatutory + shipped.workdays().size());
        }
    }

    private static CalendarArrangement.Day day(String date, String name) {
        return new CalendarArrangement.Day(LocalDate.parse(date), name, null);
    }
}
