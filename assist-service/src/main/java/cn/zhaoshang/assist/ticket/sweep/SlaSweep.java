package cn.zhaoshang.assist.ticket.sweep;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.assist.ticket.Ticket;
import cn.zhaoshang.assist.ticket.TicketJournal;
import cn.zhaoshang.assist.ticket.escalation.EscalationLadder;
import cn.zhaoshang.assist.ticket.sla.OfficialCalendar;
import cn.zhaoshang.assist.ticket.sla.SlaClock;
import cn.zhaoshang.assist.ticket.Status;
import cn.zhaoshang.assist.ticket.TicketSettings;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Raises what the ticket clocks have reached: SLA warnings and breaches (a breach escalates the ticket),
 * the reminder to confirm, and auto-close. Any number of replicas may sweep at once: each ticket is handled
 * under its row lock, and an alarm fires only if its {@code sla_alert} row could be inserted, so each
 * (ticket, limit, kind) happens exactly once, across restarts too.
 */
@ApplicationScoped
public class SlaSweep {

    private static final String CANDIDATES = """
            select t.id from ticket t
            where (t.status = 'SUBMITTED' and t.response_warn_at <= :now and not exists (
                       select 1 from sla_alert a where a.ticket_id = t.id and a.sla_limit = 'RESPONSE'
                       and a.kind = case when t.response_due_at <= :now then 'BREACH' else 'WARNING' end))
               or (%s and not t.paused
                   and t.resolution_warn_at <= :now and not exists (
                       select 1 from sla_alert a where a.ticket_id = t.id and a.sla_limit = 'RESOLUTION:' || t.resolution_round
                       and a.kind = case when t.resolution_due_at <= :now then 'BREACH' else 'WARNING' end))
               or (t.status = 'RESOLVED' and (t.auto_close_at <= :now or (t.confirm_remind_at <= :now and not exists (
                       select 1 from sla_alert a where a.ticket_id = t.id and a.sla_limit = 'CONFIRM:' || t.reopen_count
                       and a.kind = 'CONFIRM_REMINDER'))))
            order by t.submitted_at
            limit :batch""".formatted(Status.OPEN_SQL);

    private final EntityManager entityManager;
    private final TicketJournal journal;
    private final EscalationLadder ladder;
    private final OfficialCalendar calendar;
    private final Clock clock;
    private final int batchSize;
    private final int autoCloseWorkingDays;

    public SlaSweep(EntityManager entityManager, TicketJournal journal, EscalationLadder ladder, OfficialCalendar calendar, Clock clock,
                    SweepSettings sweep, TicketSettings tickets) {
        this.entityManager = entityManager;
        this.journal = journal;
        this.ladder = ladder;
        this.calendar = calendar;
        this.clock = clock;
        this.batchSize = sweep.batchSize();
        this.autoCloseWorkingDays = tickets.autoClose().workingDays();
    }

    @Scheduled(every = "${assist.sla.sweep-interval}", delayed = "${assist.sla.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // the next run tries again; nothing is marked done unless it committed
            Log.warnf("SLA sweep failed: %s", e.toString());
        }
    }

    /** One pass over the tickets with a due alarm; returns how many alarms it raised. */
    public int sweep() {
        Instant now = Instant.now(clock);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> candidates(now));
        int raised = 0;
        for (UUID id : due) {
            raised += QuarkusTransaction.requiringNew().call(() -> handle(id, now));
        }
        return raised;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> candidates(Instant now) {
        return entityManager.createNativeQuery(CANDIDATES, UUID.class)
                .setParameter("now", now).setParameter("batch", batchSize).getResultList();
    }

    private int handle(UUID id, Instant now) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = Ticket.lockedById(id).orElse(null);
        if (ticket == null) {
            return 0;
        }
        KnownProject project = KnownProject.findById(ticket.projectId);
        int raised = 0;
        for (SlaAlarms.Alarm alarm : SlaAlarms.due(ticket.slaState(), now)) {
            if (claim(ticket.id, alarm, now)) {
                act(ticket, project, alarm, slaClock);
                raised++;
            }
        }
        return raised;
    }

    /** True for exactly one claimant of this alarm, whichever replica or restart it runs in. */
    private boolean claim(UUID ticketId, SlaAlarms.Alarm alarm, Instant now) {
        return entityManager.createNativeQuery("""
                        insert into sla_alert (ticket_id, sla_limit, kind, raised_at) values (:ticket, :limit, :kind, :now)
                        on conflict do nothing""")
                .setParameter("ticket", ticketId).setParameter("limit", alarm.limit())
                .setParameter("kind", alarm.kind().name()).setParameter("now", now).executeUpdate() == 1;
    }

    private void act(Ticket ticket, KnownProject project, SlaAlarms.Alarm alarm, SlaClock slaClock) {
        switch (alarm.kind()) {
            case WARNING -> journal.record(ticket, project, ticket.warn(alarm.limit()));
            case BREACH -> breach(ticket, project, alarm, slaClock);
            case CONFIRM_REMINDER -> journal.record(ticket, project, ticket.remindToConfirm(autoCloseWorkingDays));
            case AUTO_CLOSE -> journal.record(ticket, project, ticket.autoClose(autoCloseWorkingDays, Instant.now(clock)));
        }
    }

    /** A broken limit is reported, and the ticket goes up a level unless it is already before 督查. */
    private void breach(Ticket ticket, KnownProject project, SlaAlarms.Alarm alarm, SlaClock slaClock) {
        journal.record(ticket, project, ticket.breach(alarm.limit()));
        if (!ticket.atTopOf(ladder)) {
            journal.record(ticket, project, ticket.escalate(ladder, (alarm.isResponse() ? "响应" : "办结") + "超时，自动升级", true,
                    Ticket.SYSTEM, slaClock, Instant.now(clock)));
        }
    }
}
