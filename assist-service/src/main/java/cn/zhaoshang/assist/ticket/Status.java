package cn.zhaoshang.assist.ticket;

/** Where a ticket stands. Escalation level and pauses are tracked beside the status, not as statuses. */
public enum Status {
    SUBMITTED, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
