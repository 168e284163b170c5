package cn.zhaoshang.project.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.zhaoshang.chassis.text.VisibleText;
import cn.zhaoshang.project.lifecycle.Stage;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /projects}. Amounts in 万元 with at most two decimals (1亿 = 10000). A project starts as a
 * LEAD, NEGOTIATING or SIGNED (e.g. signed at a campaign), on {@code stageSince} (default today).
 */
@Schema(examples = "{\"name\": \"通灵智能光伏接线盒项目\", \"enterpriseId\": \"0f6f1c8e-7b0a-4a55-9a52-3c1d2f6e8a10\", \"district\": \"etdz\", \"industry\": \"photovoltaic\", \"categories\": [\"INDUSTRIAL\", \"ADVANCED_MANUFACTURING\"], \"attractionMethod\": \"INDUSTRY_CHAIN\", \"totalInvestment\": 120000.00, \"agreedInvestment\": 120000.00, \"stage\": \"SIGNED\", \"stageSince\": \"2026-07-06\", \"plannedMilestones\": {\"CONSTRUCTION_STARTED\": \"2027-03-01\"}}")
public record NewProject(
        @NotBlank @VisibleText @Size(max = 200) String name,
        @NotNull UUID enterpriseId,
        @NotBlank @Size(max = 40) String district,
        @NotBlank @Size(max = 40) String industry,
        @Size(max = 10) List<@NotBlank @Size(max = 40) String> categories,
        @Size(max = 40) String attractionMethod,
        @Size(max = 200) String campaign,
        @Size(max = 500) String remark,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal totalInvestment,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal agreedInvestment,
        @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal foreignCapitalUsd,
        @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal outOfProvinceCapital,
        Boolean cityListed,
        ProjectKind kind,
        UUID parentProjectId,
        @Size(max = 40) String phaseLabel,
        Stage stage,
        LocalDate stageSince,
        Map<Stage, LocalDate> plannedMilestones) {
}
