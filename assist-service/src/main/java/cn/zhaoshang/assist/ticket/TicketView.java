package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.ticket.escalation.EscalationLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A ticket as clients read it: where it stands, its deadlines and whether they held, waits, escalation, 会办. */
public record TicketView(UUID id, UUID projectId, String projectName, String district, Category category,
                         String categoryLabel, Priority priority, String title, String description, String contact,
                         String blocksMilestone, Status status, String owner, int escalationLevel,
                         EscalationLevel escalatedTo, String escalatedToLabel, String submittedBy,
                         Instant submittedAt, Instant responseDueAt, Instant resolutionDueAt, boolean responseBreached,
                         boolean resolutionBreached, Instant acceptedAt, Instant resolvedAt, Instant autoCloseAt,
                         Instant closedAt, Integer rating, int reopenCount, boolean paused, String waitingOn,
                         String waitingDepartment, Instant pausedAt, long pausedWorkingMinutes, LocalDate meetingOn,
                         String meetingTopic, String meetingDecision) {

    static TicketView of(Ticket t) {
        EscalationLevel level = EscalationLevel.of(t.escalationLevel);
        return new TicketView(t.id, t.projectId, t.projectName, t.district, t.category, t.category.label(), t.priority,
                t.title, t.description, t.contact, t.blocksMilestone, t.status, t.owner, t.escalationLevel, level,
                level.label(), t.submittedBy, t.submittedAt, t.responseDueAt, t.resolutionDueAt, t.responseBreached,
                t.resolutionBreached, t.acceptedAt, t.resolvedAt, t.autoCloseAt, t.closedAt, t.rating, t.reopenCount,
                t.paused, t.waitingOn, t.waitingDepartment, t.pausedAt, t.pausedSeconds / 60, t.meetingOn,
                t.meetingTopic, t.meetingDecision);
    }
}
