package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records what an action did to a ticket: its timeline entry and, for what others must hear of, its event in the
 * outbox. The event is built from the ticket and its project as the caller holds them: nothing is read again.
 */
@ApplicationScoped
public class TicketJournal {

    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final People people;

    public TicketJournal(Outbox outbox, EntityManager entityManager, Clock clock, People people) {
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
        this.people = people;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    /** @param project the ticket's project as the caller loaded it for this action; null if it is not known here */
    public TimelineEntry record(Ticket ticket, KnownProject project, TicketChange change) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.ticketId = ticket.id;
        entry.at = Instant.now(clock);
        entry.actor = change.actor();
        entry.action = change.action().name();
        entry.internal = change.internal();
        entry.body = change.body();
        entry.status = ticket.status;
        entry.persist();
        change.action().event().ifPresent(type -> {
            // the payload carries the ticket's version after this change
            entityManager.flush();
            outbox.add(type.wireName(), "ticket", ticket.id, ticket.projectId,
                    TicketEvents.payload(ticket, project, people.nameOf(ticket.owner).orElse(null), change.actor(), change.detail()));
        });
        return entry;
    }
}
