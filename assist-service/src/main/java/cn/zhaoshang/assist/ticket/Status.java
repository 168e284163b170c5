package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.contracts.ticket.TicketEventData;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a ticket stands. Escalation level and pauses are tracked beside the status, not as statuses. */
public enum Status {
    SUBMITTED, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED;

    /** SQL: {@code t.status} is an open one. Open is what the event contract says it is, for every service alike. */
    public static final String OPEN_SQL = Arrays.stream(values()).filter(Status::isOpen)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "t.status in (", ")"));

    /** Still needs work: neither resolved nor closed. */
    public boolean isOpen() {
        return TicketEventData.OPEN_STATUSES.contains(name());
    }
}
