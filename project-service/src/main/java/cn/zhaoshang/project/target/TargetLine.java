package cn.zhaoshang.project.target;

import cn.zhaoshang.project.registry.Money;
import cn.zhaoshang.project.registry.Tier;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * One target: a metric, optionally narrowed to projects of at least {@code minTier} and of one
 * {@code category}, and the year's value (a count, or 万元 for amounts).
 */
public record TargetLine(
        @NotNull TargetMetric metric,
        Tier minTier,
        @Size(max = 40) String category,
        @NotNull @DecimalMin("0") @DecimalMax(Money.MAX) @Digits(integer = 14, fraction = 2) BigDecimal value) {

    public String minTierCode() {
        return minTier == null ? "ANY" : minTier.name();
    }

    public String categoryCode() {
        return category == null || category.isBlank() ? "ANY" : category;
    }
}
