package cn.zhaoshang.assist.ticket;

import java.time.Instant;

/** The parts of a ticket its time limits depend on, for rules that run without a database. */
public record SlaState(Status status, boolean paused, Instant responseWarnAt, Instant responseDueAt,
                       Instant resolutionWarnAt, Instant resolutionDueAt, int resolutionRound,
                       Instant confirmRemindAt, Instant autoCloseAt, int reopenCount) {

    /** The name of the response limit. */
    public static final String RESPONSE_LIMIT = "RESPONSE";

    /** The name of a resolution limit: each round (a reopen, an escalation) has its own. */
    public static String resolutionLimit(int round) {
        return "RESOLUTION:" + round;
    }

    /** The name of the confirmation limit after the {@code reopenCount}-th resolution. */
    public static String confirmLimit(int reopenCount) {
        return "CONFIRM:" + reopenCount;
    }
}
