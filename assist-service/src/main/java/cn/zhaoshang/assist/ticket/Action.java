package cn.zhaoshang.assist.ticket;

/** Everything that can happen to a ticket; who may do it is decided elsewhere. */
public enum Action {
    ACCEPT, ASSIGN, TEAM_COMMENT, ENTERPRISE_COMMENT, ESCALATE, MEETING, PAUSE, RESUME, RESOLVE, CONFIRM, REOPEN, AUTO_CLOSE
}
