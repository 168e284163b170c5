package cn.zhaoshang.project.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.zhaoshang.chassis.text.VisibleText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** {@code PATCH /projects/{id}}: only the fields present change. Stage, team and reports have their own endpoints. */
@Schema(examples = "{\"campaign\": \"2026 秋季招商\", \"totalInvestment\": 125000.00}")
public record ProjectPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @VisibleText String name,
        @Size(max = 40) String district,
        @Size(max = 40) String industry,
        @Size(max = 10) List<@Size(min = 1, max = 40) String> categories,
        @Size(max = 40) String attractionMethod,
        @Size(max = 200) String campaign,
        @Size(max = 500) String remark,
        @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal totalInvestment,
        @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal agreedInvestment,
        @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal foreignCapitalUsd,
        @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal outOfProvinceCapital,
        Boolean cityListed,
        @Size(max = 40) String phaseLabel) {
}
