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
}
