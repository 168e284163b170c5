package cn.zhaoshang.assist.ticket.sweep;

import cn.zhaoshang.assist.ticket.SlaState;
import cn.zhaoshang.assist.ticket.Status;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SlaAlarmsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    private static SlaState ticket(Status status, boolean paused) {
        return new SlaState(status, paused, T0.plusSeconds(1800), T0.plusSeconds(3600), T0.plusSeconds(3600),
                T0.plusSeconds(7200), 2, T0.plusSeconds(86400), T0.plusSeconds(2 * 86400), 1);
    }

    private static SlaAlarms.Alarm alarm(String limit, SlaAlarms.Kind kind) {
        return new SlaAlarms.Alarm(limit, kind);
    }

    @Test
    void nothingIsDueBeforeTheFirstWarning() {
        assertThat(SlaAlarms.due(ticket(Status.SUBMITTED, false), T0.plusSeconds(1799))).isEmpty();
    }

    @Test
    void anUnansweredTicketWarnsAtTheThresholdAndBreachesAtTheDeadline() {
        assertThat(SlaAlarms.due(ticket(Status.SUBMITTED, false), T0.plusSeconds(1800)))
                .containsExactly(alarm("RESPONSE", SlaAlarms.Kind.WARNING));
        assertThat(SlaAlarms.due(ticket(Status.SUBMITTED, false), T0.plusSeconds(3600)))
                .containsExactly(alarm("RESPONSE", SlaAlarms.Kind.BREACH), alarm("RESOLUTION:2", SlaAlarms.Kind.WARNING));
    }

    @Test
    void anAcceptedTicketIsOnlyOnTheResolutionClockOfItsCurrentRound() {
        assertThat(SlaAlarms.due(ticket(Status.IN_PROGRESS, false), T0.plusSeconds(7200)))
                .containsExactly(alarm("RESOLUTION:2", SlaAlarms.Kind.BREACH));
    }

    @Test
    void aPausedTicketsResolutionClockStandsStill() {
        assertThat(SlaAlarms.due(ticket(Status.IN_PROGRESS, true), T0.plusSeconds(9000))).isEmpty();
    }

    @Test
    void aResolvedTicketIsRemindedToConfirmThenClosedPerReopenRound() {
        assertThat(SlaAlarms.due(ticket(Status.RESOLVED, false), T0.plusSeconds(86400)))
                .containsExactly(alarm("CONFIRM:1", SlaAlarms.Kind.CONFIRM_REMINDER));
        assertThat(SlaAlarms.due(ticket(Status.RESOLVED, false), T0.plusSeconds(2 * 86400)))
                .containsExactly(alarm("CONFIRM:1", SlaAlarms.Kind.AUTO_CLOSE));
    }

    @Test
    void aClosedTicketHasNoAlarms() {
        assertThat(SlaAlarms.due(ticket(Status.CLOSED, false), T0.plusSeconds(10 * 86400))).isEmpty();
    }
}
