package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.ticket.sla.WorkingCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
                         String meetingTopic, String meetingDecision,
                         @Schema(description = "OFFICIAL when every year from submission to the last deadline has the State"
                                 + " Council's arrangement; PROVISIONAL when a deadline was counted on the statutory holidays"
                                 + " alone (no 调休 yet) and may move when the arrangement is published")
                         String calendar,
                         @Schema(description = "Working minutes left until the response deadline on the working calendar,"
                                 + " negative once it has passed; null once the ticket is accepted")
                         Long responseRemainingWorkingMinutes,
                         @Schema(description = "Working minutes left until the resolution deadline on the working calendar,"
                                 + " negative once it has passed, counted to the start of a pause while the ticket waits;"
                                 + " null once the ticket is resolved or closed")
                         Long resolutionRemainingWorkingMinutes) {

    /**
     * {@code calendar}: the working calendar the deadlines were counted on, to say whether it was official and how much
     * working time is left at {@code now}.
     */
    static TicketView of(Ticket t, WorkingCalendar calendar, Instant now) {
        Instant last = java.util.stream.Stream.of(t.responseDueAt, t.resolutionDueAt, t.autoCloseAt)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(t.submittedAt);
        EscalationLevel level = EscalationLevel.of(t.escalationLevel);
        return new TicketView(t.id, t.projectId, t.projectName, t.district, t.category, t.category.label(), t.priority,
                t.title, t.description, t.contact, t.blocksMilestone, t.status, t.owner, t.escalationLevel, level,
                level.label(), t.submittedBy, t.submittedAt, t.responseDueAt, t.resolutionDueAt, t.responseBreached,
                t.resolutionBreached, t.acceptedAt, t.resolvedAt, t.autoCloseAt, t.closedAt, t.rating, t.reopenCount,
                t.paused, t.waitingOn, t.waitingDepartment, t.pausedAt, t.pausedSeconds / 60, t.meetingOn,
                t.meetingTopic, t.meetingDecision,
                calendar.officialBetween(t.submittedAt, last) ? "OFFICIAL" : "PROVISIONAL",
                t.status == Status.SUBMITTED ? remainingMinutes(t.responseDueAt, now, calendar) : null,
                t.status == Status.RESOLVED || t.status == Status.CLOSED ? null
                        : remainingMinutes(t.resolutionDueAt, t.paused && t.pausedAt != null ? t.pausedAt : now, calendar));
    }

    /** Working minutes from {@code now} to {@code due}, negative once it has passed; null without a deadline. */
    static Long remainingMinutes(Instant due, Instant now, WorkingCalendar calendar) {
        if (due == null) {
            return null;
        }
        return now.isAfter(due) ? -(calendar.workingSecondsBetween(due, now) / 60) : calendar.workingSecondsBetween(now, due) / 60;
    }
}
