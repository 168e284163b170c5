package cn.zhaoshang.assist.ticket.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.zhaoshang.assist.ticket.sla.LimitUnit;
import cn.zhaoshang.assist.ticket.Priority;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * {@code PUT /sla-policies/{category}}: the limits for one priority (NORMAL when omitted), e.g. respond
 * within 4 working hours, resolve within 3 working days, warn at 75 % of the time used.
 */
@Schema(examples = "{\"priority\": \"URGENT\", \"responseAmount\": 4, \"responseUnit\": \"WORKING_HOURS\", \"resolutionAmount\": 3, \"resolutionUnit\": \"WORKING_DAYS\", \"warningRatio\": 0.75}")
public record SlaPolicyRequest(
        Priority priority,
        @NotNull @Min(1) @Max(2000) Integer responseAmount,
        @NotNull LimitUnit responseUnit,
        @NotNull @Min(1) @Max(2000) Integer resolutionAmount,
        @NotNull LimitUnit resolutionUnit,
        @DecimalMin("0.10") @DecimalMax("0.99") BigDecimal warningRatio) {
}
