package cn.zhaoshang.assist.ticket.sla;

/** Time limits count only working time on the official calendar. */
public enum LimitUnit {
    WORKING_HOURS, WORKING_DAYS
}
