package cn.zhaoshang.assist.ticket.sla;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The provisional calendar's statutory holidays, against the official arrangements shipped for 2025 and 2026. */
class StatutoryHolidaysTest {

    private static final Map<LocalDate, WorkingCalendar.DayKind> OFFICIAL = CalendarData.days(CalendarData.load(null));

    /**
     * A second source: every statutory day off the rules give for a shipped year is a day off in that year's official
     * arrangement (which adds bridges and 调休 on top). The rules know lunar dates and solar terms; the files were
     * typed from the State Council's notices.
     */
    @Test
    void everyStatutoryHolidayOfTheShippedYearsIsOffInTheirOfficialArrangement() {
        for (int year : new int[] {2025, 2026}) {
            StatutoryHolidays.of(year).forEach((day, name) -> {
                if (!name.endsWith("补假") && day.getYear() == year) {
                    assertThat(OFFICIAL.get(day)).as(day + " " + name).isEqualTo(WorkingCalendar.DayKind.HOLIDAY);
                }
            });
        }
    }

    @Test
    void lunarDatesAndSolarTermsFallWhereTheAlmanacPutsThem() {
        Map<LocalDate, String> y2027 = StatutoryHolidays.of(2027);
        assertThat(y2027).containsEntry(LocalDate.of(2027, 1, 1), "元旦")
                .containsEntry(LocalDate.of(2027, 2, 5), "春节") // 除夕
                .containsEntry(LocalDate.of(2027, 2, 6), "春节") // 正月初一
                .containsEntry(LocalDate.of(2027, 2, 8), "春节")
                .containsEntry(LocalDate.of(2027, 4, 5), "清明节")
                .containsEntry(LocalDate.of(2027, 6, 9), "端午节")
                .containsEntry(LocalDate.of(2027, 9, 15), "中秋节")
                .containsEntry(LocalDate.of(2027, 10, 1), "国庆节");
        assertThat(StatutoryHolidays.of(2026)).containsEntry(LocalDate.of(2026, 2, 16), "春节")
                .containsEntry(LocalDate.of(2026, 4, 5), "清明节").containsEntry(LocalDate.of(2026, 6, 19), "端午节")
                .containsEntry(LocalDate.of(2026, 9, 25), "中秋节");
    }

    @Test
    void aHolidayOnAWeekendIsMadeUpOnTheNextWeekday() {
        // 2027: 除夕 Friday 5 Feb, 初一–初三 Saturday to Monday: Saturday and Sunday are made up on Tuesday and Wednesday
        Map<LocalDate, String> y2027 = StatutoryHolidays.of(2027);
        assertThat(y2027).containsEntry(LocalDate.of(2027, 2, 9), "春节补假").containsEntry(LocalDate.of(2027, 2, 10), "春节补假");
        // 清明 2027 is a Monday: nothing to make up; 国庆 2027: Friday to Sunday, made up Monday 4 and Tuesday 5 October
        assertThat(y2027).containsEntry(LocalDate.of(2027, 10, 4), "国庆节补假").containsEntry(LocalDate.of(2027, 10, 5), "国庆节补假");
    }

    /** The case: a one-working-day limit crossing New Year no longer ends on 元旦 2027. */
    @Test
    void aYearWithoutAnArrangementIsNoLongerMondayToFriday() {
        WorkingCalendar calendar = OfficeHours.CALENDAR;
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(OfficeHours.CLOCK.dueAt(OfficeHours.at("2026-12-31T10:00"), 1, LimitUnit.WORKING_DAYS))
                .isEqualTo(OfficeHours.at("2027-01-04T17:30"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(calendar.officialBetween(OfficeHours.at("2026-12-01T10:00"), OfficeHours.at("2026-12-31T17:30"))).isTrue();
        assertThat(calendar.officialBetween(OfficeHours.at("2026-12-01T10:00"), OfficeHours.at("2027-01-04T17:30"))).isFalse();
    }
}
