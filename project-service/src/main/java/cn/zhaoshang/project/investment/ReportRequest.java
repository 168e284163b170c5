package cn.zhaoshang.project.investment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.zhaoshang.project.registry.Money;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A monthly report, e.g. {@code {"month": "2025-05", "amount": "1234.56"}} (万元). A second report for the
 * same month is refused unless {@code correction} is true; a correction keeps the old figure in history.
 */
@Schema(examples = "{\"month\": \"2026-11\", \"amount\": 1234.56, \"note\": \"设备进场\"}")
public record ReportRequest(
        @NotNull @Pattern(regexp = "(19|20|21)\\d\\d-(0[1-9]|1[0-2])", message = "must be a month as yyyy-MM") String month,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal amount,
        Boolean correction,
        @Size(max = 2000) String note) {
}
