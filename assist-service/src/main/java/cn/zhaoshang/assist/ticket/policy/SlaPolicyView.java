package cn.zhaoshang.assist.ticket.policy;

import cn.zhaoshang.assist.ticket.sla.LimitUnit;
import cn.zhaoshang.assist.ticket.Category;
import cn.zhaoshang.assist.ticket.Priority;

import java.math.BigDecimal;
import java.time.Instant;

public record SlaPolicyView(Category category, String categoryLabel, Priority priority, int responseAmount,
                            LimitUnit responseUnit, int resolutionAmount, LimitUnit resolutionUnit,
                            BigDecimal warningRatio, String updatedBy, Instant updatedAt) {

    static SlaPolicyView of(SlaPolicy p) {
        return new SlaPolicyView(p.category, p.category.label(), p.priority, p.responseAmount, p.responseUnit,
                p.resolutionAmount, p.resolutionUnit, p.warningRatio, p.updatedBy, p.updatedAt);
    }
}
