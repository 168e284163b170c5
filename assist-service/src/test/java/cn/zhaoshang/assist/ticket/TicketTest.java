package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.ticket.escalation.EscalationLadder;
import cn.zhaoshang.assist.ticket.sla.LimitUnit;
import cn.zhaoshang.assist.ticket.sla.OfficeHours;
import cn.zhaoshang.assist.ticket.sla.SlaClock;
import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.contracts.ticket.TicketEventType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ticket aggregate without Quarkus or a database: each action decides, changes the ticket, and says what to record. */
class TicketTest {

    private static final SlaClock CLOCK = OfficeHours.CLOCK;
    private static final EscalationLadder LADDER = EscalationLadder.parse("PROJECT_CHIEF:1d,LEADER_IN_CHARGE:1d,SUPERVISION:2d");
    private static final SlaLimits.Limits LIMITS = new SlaLimits.Limits(4, LimitUnit.WORKING_HOURS, 3, LimitUnit.WORKING_DAYS,
            new BigDecimal("0.75"));

    private static Instant at(String localDateTime) {
        return OfficeHours.at(localDateTime);
    }

    private static Ticket submitted(Instant when) {
        return Ticket.submit(UUID.randomUUID(), "通灵智能光伏接线盒项目", "91320800MA20TL004Y", "etdz",
                new NewTicket(UUID.randomUUID(), Category.POWER_LINE_RELOCATION, " 杆线阻挡施工 ", "10kV 线路", Priority.URGENT,
                        null, "CONSTRUCTION_STARTED"), Priority.URGENT, LIMITS, "tongling", CLOCK, when);
    }

    @Test
    void submittingSetsTheDeadlinesOnTheWorkingCalendar() {
        Ticket ticket = submitted(at("2026-11-27T16:00")); // a Friday, 1.5 working hours left that day
        assertThat(ticket.status).isEqualTo(Status.SUBMITTED);
        assertThat(ticket.title).isEqualTo("杆线阻挡施工");
        assertThat(ticket.responseDueAt).isEqualTo(at("2026-11-30T11:00")); // 1.5 h Friday + 2.5 h Monday
        assertThat(ticket.submitted().action()).isEqualTo(TimelineAction.SUBMITTED);
        assertThat(ticket.submitted().action().event()).contains(TicketEventType.SUBMITTED);
    }

    @Test
    void acceptingMakesTheAcceptorTheOwnerAndStopsTheResponseClock() {
        Ticket ticket = submitted(at("2026-11-30T09:00"));
        TicketChange change = ticket.accept("zhang.wei", CLOCK, at("2026-11-30T10:00"));
        assertThat(ticket.status).isEqualTo(Status.ACCEPTED);
        assertThat(ticket.owner).isEqualTo("zhang.wei");
        assertThat(ticket.responseSeconds).isEqualTo(3600);
        assertThat(ticket.responseBreached).isFalse();
        assertThat(change.action()).isEqualTo(TimelineAction.ACCEPTED);
        assertThat(change.actor()).isEqualTo("zhang.wei");
        TicketChange handOver = ticket.assign("li.na", "请项目长协调", "zhang.wei", CLOCK, at("2026-11-30T10:30"));
        assertThat(ticket.owner).isEqualTo("li.na");
        assertThat(ticket.responseSeconds).as("the first answer counts").isEqualTo(3600);
        assertThat(handOver.detail()).containsEntry("from", "zhang.wei").containsEntry("to", "li.na");
    }

    @Test
    void aWrongMoveIsRefusedAndChangesNothing() {
        Ticket ticket = submitted(at("2026-11-30T09:00"));
        assertThatThrownBy(() -> ticket.resolve("done", "zhang.wei", 3, CLOCK, at("2026-11-30T10:00")))
                .isInstanceOf(IllegalTransition.class);
        assertThat(ticket.status).isEqualTo(Status.SUBMITTED);
        assertThat(ticket.resolvedAt).isNull();
        assertThatThrownBy(() -> ticket.comment("内部", true, false, "tongling", at("2026-11-30T10:00")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void anInternalNoteStaysOnTheTimelineAndRaisesNoEvent() {
        Ticket ticket = submitted(at("2026-11-30T09:00"));
        ticket.accept("zhang.wei", CLOCK, at("2026-11-30T09:30"));
        TicketChange note = ticket.comment("已联系供电公司", true, true, "zhang.wei", at("2026-11-30T10:00"));
        assertThat(note.internal()).isTrue();
        assertThat(note.action().event()).isEmpty();
        assertThat(ticket.status).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void aPauseMovesTheResolutionDeadlineByTheWorkingTimeWaited() {
        Ticket ticket = submitted(at("2026-11-30T09:00"));
        ticket.accept("zhang.wei", CLOCK, at("2026-11-30T09:30"));
        Instant due = ticket.resolutionDueAt;
        ticket.pause(ActionRequests.WaitingOn.DEPARTMENT, "供电公司", "等待停电计划", "zhang.wei", at("2026-11-30T10:00"));
        TicketChange resumed = ticket.resume("zhang.wei", CLOCK, at("2026-11-30T14:00"));
        assertThat(ticket.pausedSeconds).isEqualTo(2 * 3600 + 30 * 60); // 10:00–12:00 and 13:30–14:00
        assertThat(ticket.resolutionDueAt).isEqualTo(CLOCK.extendedBy(due, ticket.pausedSeconds));
        assertThat(resumed.detail()).containsEntry("waitedWorkingMinutes", 150L);
        assertThat(ticket.paused).isFalse();
    }

    @Test
    void escalationClimbsTheLadderUntilItsTop() {
        Ticket ticket = submitted(at("2026-11-30T09:00"));
        int round = ticket.resolutionRound;
        for (String label : List.of("项目长", "包联领导", "督查")) {
            TicketChange up = ticket.escalate(LADDER, "超时", false, "wang.jun", CLOCK, at("2026-11-30T10:00"));
            assertThat(up.detail()).containsEntry("toLabel", label);
        }
        assertThat(ticket.resolutionRound).isEqualTo(round + 3);
        assertThat(ticket.atTopOf(LADDER)).isTrue();
        assertThatThrownBy(() -> ticket.escalate(LADDER, "再升级", false, "wang.jun", CLOCK, at("2026-11-30T11:00")))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void aReopenedTicketGetsItsResolutionLimitAfreshAsANewRound() {
        Ticket ticket = submitted(at("2026-11-30T09:00"));
        ticket.accept("zhang.wei", CLOCK, at("2026-11-30T09:30"));
        ticket.resolve("已迁移", "zhang.wei", 3, CLOCK, at("2026-12-01T09:00"));
        assertThat(ticket.autoCloseAt).isEqualTo(CLOCK.dueAt(at("2026-12-01T09:00"), 3, LimitUnit.WORKING_DAYS));
        ticket.reopen("仍有一根杆未迁", "tongling", CLOCK, at("2026-12-01T10:00"));
        assertThat(ticket.status).isEqualTo(Status.REOPENED);
        assertThat(ticket.autoCloseAt).isNull();
        assertThat(ticket.resolutionDueAt).isEqualTo(CLOCK.extendedBy(at("2026-12-01T10:00"), ticket.resolutionLimitSeconds));
    }

    @Test
    void everyEventTypeIsNamedByExactlyOneTimelineAction() {
        for (TicketEventType type : TicketEventType.values()) {
            assertThat(Arrays.stream(TimelineAction.values()).filter(a -> a.event().equals(Optional.of(type))))
                    .as(type.wireName()).hasSize(1);
        }
    }

    /** The 2028 arrangement of WorkingCalendarTest: 春节 off from 25 January to 2 February, against 25–28 by statute. */
    private static cn.zhaoshang.assist.ticket.sla.WorkingCalendar official2028() {
        List<cn.zhaoshang.assist.ticket.sla.CalendarArrangement.Day> holidays = new java.util.ArrayList<>();
        for (String day : new String[] {"2028-01-01", "2028-01-03", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28",
                "2028-01-29", "2028-01-30", "2028-01-31", "2028-02-01", "2028-02-02", "2028-04-04", "2028-05-01", "2028-05-02",
                "2028-05-28", "2028-10-01", "2028-10-02", "2028-10-03"}) {
            holidays.add(new cn.zhaoshang.assist.ticket.sla.CalendarArrangement.Day(java.time.LocalDate.parse(day), "假日", null));
        }
        return OfficeHours.CALENDAR.withOfficialYear(cn.zhaoshang.assist.ticket.sla.CalendarArrangement.checked(2028,
                "国务院办公厅关于2028年部分节假日安排的通知", holidays,
                List.of(new cn.zhaoshang.assist.ticket.sla.CalendarArrangement.Day(java.time.LocalDate.parse("2028-02-05"), "春节调休", null))));
    }

    @Test
    void aNewArrangementMovesTheRunningDeadlinesAndSaysSoInBeijingTime() {
        Ticket ticket = Ticket.submit(UUID.randomUUID(), "通灵智能光伏接线盒项目", "91320800MA20TL004Y", "etdz",
                new NewTicket(UUID.randomUUID(), Category.POWER_LINE_RELOCATION, "杆线阻挡施工", "10kV 线路", Priority.NORMAL,
                        null, null), Priority.NORMAL,
                new SlaLimits.Limits(1, LimitUnit.WORKING_DAYS, 12, LimitUnit.WORKING_DAYS, new BigDecimal("0.75")),
                "tongling", CLOCK, at("2028-01-10T10:00"));
        assertThat(ticket.resolutionDueAt).isEqualTo(at("2028-02-01T17:30"));
        Instant responseDue = ticket.responseDueAt;

        Optional<TicketChange> change = ticket.recountDeadlines(OfficeHours.CALENDAR, official2028(),
                "国务院办公厅关于2028年部分节假日安排的通知", at("2027-12-01T09:00"));
        assertThat(ticket.resolutionDueAt).isEqualTo(at("2028-02-04T17:30"));
        assertThat(ticket.responseDueAt).as("11 January is a working day either way").isEqualTo(responseDue);
        assertThat(ticket.resolutionWarnAt).as("three quarters of the same working time, before the days that changed")
                .isEqualTo(at("2028-01-21T16:00"));
        assertThat(change).hasValueSatisfying(c -> {
            assertThat(c.action()).isEqualTo(TimelineAction.DEADLINES_MOVED);
            assertThat(c.action().event()).contains(TicketEventType.DEADLINES_MOVED);
            assertThat(c.body()).isEqualTo("节假日安排调整（国务院办公厅关于2028年部分节假日安排的通知）：办结时限由2月1日 17:30改为2月4日 17:30。");
            assertThat(c.detail()).containsKey("resolutionDueAt").doesNotContainKey("responseDueAt");
        });
        assertThat(ticket.recountDeadlines(official2028(), official2028(), "again", at("2027-12-01T09:00"))).isEmpty();
    }

    @Test
    void aClosedTicketKeepsItsDeadlinesWhateverTheCalendarSays() {
        Ticket ticket = submitted(at("2028-01-24T16:00"));
        ticket.status = Status.CLOSED;
        Instant due = ticket.resolutionDueAt;
        assertThat(ticket.recountDeadlines(OfficeHours.CALENDAR, official2028(), "x", at("2027-12-01T09:00"))).isEmpty();
        assertThat(ticket.resolutionDueAt).isEqualTo(due);
    }

    @Test
    void warningsSayTheDeadlineInBeijingTime() {
        Ticket ticket = submitted(at("2026-11-30T09:00"));
        assertThat(ticket.warn(SlaState.RESPONSE_LIMIT).body()).isEqualTo("响应时限将至：11月30日 14:30");
    }
}
