package cn.zhaoshang.contracts.ticket;

import java.util.Arrays;
import java.util.Optional;

/** The types of event on {@code assist.events}, with the name each has on the wire (the CloudEvent {@code type}). */
public enum TicketEventType {
    SUBMITTED("ticket.submitted"),
    ACCEPTED("ticket.accepted"),
    ASSIGNED("ticket.assigned"),
    COMMENTED("ticket.commented"),
    PAUSED("ticket.paused"),
    RESUMED("ticket.resumed"),
    RESOLVED("ticket.resolved"),
    CONFIRMED("ticket.confirmed"),
    REOPENED("ticket.reopened"),
    CLOSED("ticket.closed"),
    ESCALATED("ticket.escalated"),
    MEETING_SCHEDULED("ticket.meeting-scheduled"),
    MEETING_DECIDED("ticket.meeting-decided"),
    SLA_WARNING("ticket.sla-warning"),
    SLA_BREACHED("ticket.sla-breached"),
    CONFIRM_REMINDER("ticket.confirm-reminder"),
    /** An official holiday arrangement was loaded and moved the ticket's deadlines; {@code change} has each move. */
    DEADLINES_MOVED("ticket.deadlines-moved");

    private final String wireName;

    TicketEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Empty for a type this version does not know: consumers skip those. */
    public static Optional<TicketEventType> fromWire(String type) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(type)).findFirst();
    }
}
