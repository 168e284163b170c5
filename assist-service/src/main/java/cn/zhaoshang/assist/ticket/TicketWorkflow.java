package cn.zhaoshang.assist.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ticket state machine: SUBMITTED → ACCEPTED → IN_PROGRESS → RESOLVED → CLOSED, with REOPENED from
 * RESOLVED back into work. The team's first real work on an accepted (or reopened) ticket — a public or
 * internal comment, a pause, a handover — makes it IN_PROGRESS. Escalation and 会办 leave the status as it is. A paused ticket waits: it can be resumed,
 * commented on, handed over or escalated, not resolved. Plain Java, no Quarkus.
 */
public final class TicketWorkflow {

    private TicketWorkflow() {
    }

    public static Set<Action> allowed(Status status, boolean paused) {
        return switch (status) {
            case SUBMITTED -> EnumSet.of(Action.ACCEPT, Action.ASSIGN, Action.TEAM_COMMENT, Action.ENTERPRISE_COMMENT, Action.ESCALATE,
                    Action.MEETING);
            case ACCEPTED, IN_PROGRESS, REOPENED -> paused
                    ? EnumSet.of(Action.RESUME, Action.ASSIGN, Action.TEAM_COMMENT, Action.ENTERPRISE_COMMENT, Action.ESCALATE,
                            Action.MEETING)
                    : EnumSet.of(Action.ASSIGN, Action.TEAM_COMMENT, Action.ENTERPRISE_COMMENT, Action.ESCALATE,
                            Action.MEETING, Action.PAUSE, Action.RESOLVE);
            case RESOLVED -> EnumSet.of(Action.CONFIRM, Action.REOPEN, Action.AUTO_CLOSE, Action.ENTERPRISE_COMMENT,
                    Action.TEAM_COMMENT);
            case CLOSED -> EnumSet.noneOf(Action.class);
        };
    }

    /** The status after {@code action}, or {@link IllegalTransition} (409) naming what is allowed. */
    public static Status next(Status status, boolean paused, Action action) {
        Set<Action> allowed = allowed(status, paused);
        if (!allowed.contains(action)) {
            throw new IllegalTransition(status, paused, action, allowed);
        }
        return switch (action) {
            case ACCEPT -> Status.ACCEPTED;
            case ASSIGN -> status == Status.SUBMITTED ? Status.ACCEPTED : working(status);
            case TEAM_COMMENT, PAUSE, RESUME -> status == Status.SUBMITTED || status == Status.RESOLVED ? status : working(status);
            case RESOLVE -> Status.RESOLVED;
            case CONFIRM, AUTO_CLOSE -> Status.CLOSED;
            case REOPEN -> Status.REOPENED;
            case ENTERPRISE_COMMENT, ESCALATE, MEETING -> status;
        };
    }

    private static Status working(Status status) {
        return status == Status.ACCEPTED || status == Status.REOPENED ? Status.IN_PROGRESS : status;
    }
}
