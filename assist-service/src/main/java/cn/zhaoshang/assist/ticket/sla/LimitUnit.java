package cn.zhaoshang.assist.ticket.sla;

/**
 * Time limits count only working time on the official calendar. Minutes are for the tightest promises
 * (an urgent call answered within 30 working minutes).
 */
public enum LimitUnit {
    WORKING_MINUTES, WORKING_HOURS, WORKING_DAYS
}
