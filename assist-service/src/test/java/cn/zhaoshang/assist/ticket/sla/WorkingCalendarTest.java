package cn.zhaoshang.assist.ticket.sla;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = OfficeHours.SHANGHAI;
    private static final WorkingCalendar CALENDAR = OfficeHours.CALENDAR;
    private static final SlaClock CLOCK = OfficeHours.CLOCK;

    private static Instant at(String localDateTime) {
        return OfficeHours.at(localDateTime);
    }

    @Test
    void shipsTheOfficialCalendarsOf2025And2026() {
        assertThat(CALENDAR.covers(2025)).isTrue();
        assertThat(CALENDAR.covers(2026)).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-01-28"))).as("除夕, a Tuesday off").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2025-01-26"))).as("make-up Sunday").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-10"))).as("make-up Saturday").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-11-21"))).as("an ordinary Saturday").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-11-23"))).as("an ordinary Monday").isTrue();
    }

    @Test
    void fourWorkingHoursSkipTheLunchBreak() {
        assertThat(CLOCK.dueAt(at("2026-11-23T10:00:00"), 4, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-11-23T15:30:00"));
    }

    @Test
    void thirtyWorkingMinutesBeforeLunchRunOnAfterIt() {
        assertThat(CLOCK.dueAt(at("2026-11-23T11:50:00"), 30, LimitUnit.WORKING_MINUTES)).isEqualTo(at("2026-11-23T13:50:00"));
        assertThat(CLOCK.dueAt(at("2026-11-23T09:00:00"), 30, LimitUnit.WORKING_MINUTES)).isEqualTo(at("2026-11-23T09:30:00"));
    }

    @Test
    void aTicketSubmittedAfterHoursStartsItsClockNextWorkingMorning() {
        assertThat(CLOCK.dueAt(at("2026-11-23T19:45:00"), 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-11-24T09:30:00"));
        assertThat(CLOCK.dueAt(at("2026-11-23T12:30:00"), 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-11-23T14:30:00"));
    }

    @Test
    void dueDateSkipsTheWeekend() {
        assertThat(CLOCK.dueAt(at("2026-11-20T16:00:00"), 4, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-11-23T11:00:00"));
    }

    @Test
    void dueDateSkipsHolidaysButCountsMakeUpSaturday() {
        // Friday 9 Oct 2026, 16:30; Saturday 10 Oct is a make-up working day
        assertThat(CLOCK.dueAt(at("2026-10-09T16:30:00"), 2, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-10-10T09:30:00"));
        // Wednesday 30 Sep 2026, 17:00; 1–7 Oct is the National Day holiday, Thursday 8 Oct is a working day
        assertThat(CLOCK.dueAt(at("2026-09-30T17:00:00"), 1, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-10-08T09:00:00"));
    }

    /**
     * Working days as the civil code counts periods (民法典 第二百零一条, 第二百零三条): not the day it starts, and to the
     * close of office hours on the last working day.
     */
    @Test
    void workingDaysEndAtTheCloseOfOfficeHoursAndCrossTheSpringFestival() {
        // Wednesday 25 Nov 2026, 10:00: three working days are Thursday, Friday and Monday; the limit ends Monday 17:30
        assertThat(CLOCK.dueAt(at("2026-11-25T10:00:00"), 3, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-11-30T17:30:00"));
        // submitted on a Sunday or after hours: the day of submission is still not counted
        assertThat(CLOCK.dueAt(at("2026-11-29T15:00:00"), 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-11-30T17:30:00"));
        assertThat(CLOCK.dueAt(at("2026-11-27T20:00:00"), 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-11-30T17:30:00"));
        // Friday 13 Feb 2026, 10:00; Saturday 14 Feb is worked, 15–23 Feb off
        assertThat(CLOCK.dueAt(at("2026-02-13T10:00:00"), 1, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-02-14T17:30:00"));
        assertThat(CLOCK.dueAt(at("2026-02-13T10:00:00"), 2, LimitUnit.WORKING_DAYS)).isEqualTo(at("2026-02-24T17:30:00"));
        // hours stay on the clock
        assertThat(CLOCK.dueAt(at("2026-11-25T10:00:00"), 3, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-11-25T14:30:00"));
    }

    @Test
    void limitsCrossTheYearEnd() {
        // Wednesday 31 Dec 2025, 16:00; 1–3 Jan 2026 off, Sunday 4 Jan worked
        assertThat(CLOCK.dueAt(at("2025-12-31T16:00:00"), 3, LimitUnit.WORKING_HOURS)).isEqualTo(at("2026-01-04T10:00:00"));
    }

    @Test
    void theWarningComesAtThreeQuartersOfTheWorkingTime() {
        Instant start = at("2026-11-23T10:00:00");
        Instant due = CLOCK.dueAt(start, 4, LimitUnit.WORKING_HOURS);
        assertThat(CLOCK.warningAt(start, due, new BigDecimal("0.75"))).isEqualTo(at("2026-11-23T14:30:00"));
    }

    @Test
    void workingTimeBetweenTwoMomentsLeavesOutNightsLunchAndHolidays() {
        assertThat(CLOCK.workingSecondsBetween(at("2026-11-23T11:00:00"), at("2026-11-23T14:00:00"))).isEqualTo(3600 + 1800);
        assertThat(CLOCK.workingSecondsBetween(at("2026-09-30T17:00:00"), at("2026-10-08T09:00:00"))).isEqualTo(3600);
        assertThat(CLOCK.workingSecondsBetween(at("2026-11-23T14:00:00"), at("2026-11-23T11:00:00"))).isZero();
        assertThat(CLOCK.extendedBy(at("2026-11-23T17:00:00"), 3600)).isEqualTo(at("2026-11-24T09:00:00"));
    }

    @Test
    void aBrokenCalendarFileNamesTheLine() {
        assertThatThrownBy(() -> CalendarData.parse(2026, "2026-01-01 HOLIDAY 元旦\n2026-13-01 HOLIDAY x\n", "2026.txt"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> CalendarData.parse(2026, "2027-01-01 HOLIDAY 元旦\n", "2026.txt"))
                .hasMessageContaining("line 1").hasMessageContaining("not in 2026");
        CalendarArrangement read = CalendarData.parse(2027, "# title: 通知\n# comment\n\n2027-01-01 HOLIDAY 元旦\n", "2027.txt");
        assertThat(read.title()).isEqualTo("通知");
        assertThat(read.days()).isEqualTo(Map.of(LocalDate.parse("2027-01-01"), WorkingCalendar.DayKind.HOLIDAY));
    }

    /**
     * A limit set on the provisional 2028 (春节 25–28 January, by statute) keeps its working time when the official
     * arrangement gives 25 January to 2 February off: twelve working days from Monday 10 January end on Friday
     * 4 February at the close instead of Tuesday 1 February; an hour-limit keeps its minutes.
     */
    @Test
    void aLoadedArrangementMovesADeadlineByTheDaysItChanged() {
        java.util.List<CalendarArrangement.Day> holidays = new java.util.ArrayList<>();
        CalendarArrangement.statutoryDays(2028).forEach((day, name) -> holidays.add(new CalendarArrangement.Day(day, name, null)));
        for (String day : new String[] {"2028-01-29", "2028-01-30", "2028-01-31", "2028-02-01", "2028-02-02"}) {
            holidays.add(new CalendarArrangement.Day(LocalDate.parse(day), "春节", null));
        }
        holidays.add(new CalendarArrangement.Day(LocalDate.parse("2028-01-03"), "元旦", null));
        CalendarArrangement y2028 = CalendarArrangement.checked(2028, "国务院办公厅关于2028年部分节假日安排的通知", holidays,
                java.util.List.of(new CalendarArrangement.Day(LocalDate.parse("2028-02-05"), "春节调休", null),
                        new CalendarArrangement.Day(LocalDate.parse("2028-02-06"), "春节调休", null)));
        WorkingCalendar official = CALENDAR.withOfficialYear(y2028);
        assertThat(official.covers(2028)).isTrue();
        assertThat(CALENDAR.covers(2028)).isFalse();
        assertThat(official.isWorkingDay(LocalDate.parse("2028-02-05"))).isTrue();

        Instant submitted = at("2028-01-10T10:00:00");
        Instant due = CLOCK.dueAt(submitted, 12, LimitUnit.WORKING_DAYS);
        assertThat(due).isEqualTo(at("2028-02-01T17:30:00"));
        assertThat(official.recount(submitted, due, CALENDAR)).isEqualTo(at("2028-02-04T17:30:00"))
                .isEqualTo(new SlaClock(official).dueAt(submitted, 12, LimitUnit.WORKING_DAYS));
        Instant inHours = CLOCK.dueAt(at("2028-01-24T16:00:00"), 4, LimitUnit.WORKING_HOURS);
        assertThat(inHours).isEqualTo(at("2028-01-31T11:00:00"));
        assertThat(official.recount(at("2028-01-24T16:00:00"), inHours, CALENDAR)).isEqualTo(at("2028-02-03T11:00:00"));
        // days before the change and the years around it are as they were
        assertThat(official.recount(at("2026-12-01T10:00:00"), at("2026-12-04T17:30:00"), CALENDAR)).isEqualTo(at("2026-12-04T17:30:00"));
    }
}
