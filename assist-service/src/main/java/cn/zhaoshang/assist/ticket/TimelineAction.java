package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.contracts.ticket.TicketEventType;

import java.util.Optional;

/**
 * What can happen to a ticket, by one name: the name is the timeline's {@code action}, and where others must
 * hear of it, it is bound here to the event type that tells them. An internal note has no event: it never
 * leaves the team.
 */
public enum TimelineAction {
    SUBMITTED(TicketEventType.SUBMITTED),
    ACCEPTED(TicketEventType.ACCEPTED),
    ASSIGNED(TicketEventType.ASSIGNED),
    COMMENTED(TicketEventType.COMMENTED),
    INTERNAL_NOTE(null),
    PAUSED(TicketEventType.PAUSED),
    RESUMED(TicketEventType.RESUMED),
    RESOLVED(TicketEventType.RESOLVED),
    CONFIRMED(TicketEventType.CONFIRMED),
    REOPENED(TicketEventType.REOPENED),
    ESCALATED(TicketEventType.ESCALATED),
    MEETING_SCHEDULED(TicketEventType.MEETING_SCHEDULED),
    MEETING_DECIDED(TicketEventType.MEETING_DECIDED),
    SLA_WARNING(TicketEventType.SLA_WARNING),
    SLA_BREACHED(TicketEventType.SLA_BREACHED),
    CONFIRM_REMINDER(TicketEventType.CONFIRM_REMINDER),
    DEADLINES_MOVED(TicketEventType.DEADLINES_MOVED),
    AUTO_CLOSED(TicketEventType.CLOSED);

    private final TicketEventType event;

    TimelineAction(TicketEventType event) {
        this.event = event;
    }

    /** The event others hear this by; empty for what stays on the timeline. */
    public Optional<TicketEventType> event() {
        return Optional.ofNullable(event);
    }
}
