package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Writes what happened to a ticket: a timeline entry and, for what others must hear of, an event in the outbox. */
@ApplicationScoped
public class TicketJournal {

    /** The actor of what the service does by itself (SLA alarms, automatic escalation, auto-close). */
    public static final String SYSTEM = "system";

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    public TicketJournal(Outbox outbox, EntityManager entityManager, Clock clock) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A public entry; {@code eventType} null means the timeline only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry record(Ticket ticket, String actor, String action, String body, String eventType,
                                Map<String, Object> change) {
        return record(ticket, actor, action, false, body, eventType, change);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry record(Ticket ticket, String actor, String action, boolean internal, String body,
                                String eventType, Map<String, Object> change) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.ticketId = ticket.id;
        entry.at = Instant.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.internal = internal;
        entry.body = body;
        entry.status = ticket.status;
        entry.persist();
        if (eventType != null) {
            // the payload carries the ticket's version after this change
            entityManager.flush();
            outbox.add(eventType, ticket.id, ticket.projectId, TicketEvents.payload(ticket, actor, change));
        }
        return entry;
    }
}
