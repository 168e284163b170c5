package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.ticket.sla.LimitUnit;

import java.math.BigDecimal;

/** The time limits (限时办结) a new ticket gets for its category and priority; kept by the SLA policy table. */
public interface SlaLimits {

    Limits of(Category category, Priority priority);

    /** Response and resolution limits in working time, and when (as a share of each) to warn. */
    record Limits(int responseAmount, LimitUnit responseUnit, int resolutionAmount, LimitUnit resolutionUnit,
                  BigDecimal warningRatio) {
    }
}
