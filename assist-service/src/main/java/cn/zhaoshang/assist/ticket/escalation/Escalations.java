package cn.zhaoshang.assist.ticket.escalation;

import cn.zhaoshang.assist.problem.Conflict;
import cn.zhaoshang.assist.ticket.Action;
import cn.zhaoshang.assist.ticket.Ticket;
import cn.zhaoshang.assist.ticket.TicketJournal;
import cn.zhaoshang.assist.ticket.TicketWorkflow;
import cn.zhaoshang.assist.ticket.sla.SlaClock;
import cn.zhaoshang.assist.ticket.sla.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves a ticket up the ladder 专班 → 项目长 → 包联领导 → 督查, by hand or on a breach. The new level gets its
 * own extra working time: the resolution deadline moves out by it and a new resolution round starts, with its
 * own warning and breach.
 */
@ApplicationScoped
public class Escalations {

    private final EscalationLadder ladder;
    private final SlaClock slaClock;
    private final TicketJournal journal;
    private final Clock clock;

    public Escalations(@ConfigProperty(name = "assist.escalation.extra-time") String extraTime, WorkingCalendar calendar,
                       SlaClock slaClock, TicketJournal journal, Clock clock) {
        this.ladder = EscalationLadder.parse(extraTime, calendar.secondsPerWorkingDay());
        this.slaClock = slaClock;
        this.journal = journal;
        this.clock = clock;
    }

    public boolean atTop(Ticket ticket) {
        return ladder.above(EscalationLevel.of(ticket.escalationLevel)).isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalate(Ticket ticket, String actor, String reason, boolean automatic) {
        EscalationLevel from = EscalationLevel.of(ticket.escalationLevel);
        EscalationLevel to = ladder.above(from).orElseThrow(() -> new Conflict(
                "the ticket is already before " + from.label() + ", the top of the ladder", Map.of("escalationLevel", from)));
        ticket.status = TicketWorkflow.next(ticket.status, ticket.paused, Action.ESCALATE);
        Instant now = Instant.now(clock);
        Instant base = ticket.resolutionDueAt.isAfter(now) ? ticket.resolutionDueAt : now;
        ticket.escalationLevel = to.ordinal();
        ticket.resolutionDueAt = slaClock.extendedBy(base, ladder.extraWorkingSeconds(to));
        ticket.resolutionWarnAt = slaClock.warningAt(now, ticket.resolutionDueAt, ticket.warningRatio);
        ticket.resolutionRound++;
        ticket.updatedAt = now;
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", from);
        change.put("to", to);
        change.put("toLabel", to.label());
        change.put("reason", reason);
        change.put("automatic", automatic);
        journal.record(ticket, actor, "ESCALATED", "升级至" + to.label() + "：" + reason, "ticket.escalated", change);
    }
}
