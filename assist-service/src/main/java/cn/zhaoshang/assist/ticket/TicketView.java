package cn.zhaoshang.assist.ticket;

import java.time.Instant;
import java.util.UUID;

public record TicketView(UUID id, UUID projectId, String projectName, String district, Category category,
                         String categoryLabel, Priority priority, String title, String description, String contact,
                         String blocksMilestone, Status status, String owner, int escalationLevel, String submittedBy,
                         Instant submittedAt, Instant responseDueAt, Instant resolutionDueAt, Instant acceptedAt,
                         Instant resolvedAt, Instant closedAt, Integer rating, boolean paused, String waitingOn,
                         String waitingDepartment, Instant pausedAt, long pausedWorkingMinutes) {

    static TicketView of(Ticket t) {
        return new TicketView(t.id, t.projectId, t.projectName, t.district, t.category, t.category.label(), t.priority,
                t.title, t.description, t.contact, t.blocksMilestone, t.status, t.owner, t.escalationLevel, t.submittedBy,
                t.submittedAt, t.responseDueAt, t.resolutionDueAt, t.acceptedAt, t.resolvedAt, t.closedAt, t.rating, t.paused, t.waitingOn, t.waitingDepartment, t.pausedAt, t.pausedSeconds / 60);
    }
}
