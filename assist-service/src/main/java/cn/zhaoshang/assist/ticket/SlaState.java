package cn.zhaoshang.assist.ticket;

import java.time.Instant;

/** The parts of a ticket its time limits depend on, for rules that run without a database. */
public record SlaState(Status status, boolean paused, Instant responseWarnAt, Instant responseDueAt,
                       Instant resolutionWarnAt, Instant resolutionDueAt, int resolutionRound,
                       Instant confirmRemindAt, Instant autoCloseAt, int reopenCount) {
}
