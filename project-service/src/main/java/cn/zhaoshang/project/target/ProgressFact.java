package cn.zhaoshang.project.target;

import cn.zhaoshang.project.registry.Tier;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A group of counted events of one metric: projects of one district, tier and category set that reached
 * the metric's milestone (or reported investment) in one month, with how many and how much (万元).
 */
public record ProgressFact(String district, Tier tier, Set<String> categories, int month, long count, BigDecimal amount) {

    int quarter() {
        return ProgressMaths.quarterOf(month);
    }

    boolean counts(String district, String minTier, String category) {
        return this.district.equals(district)
                && ("ANY".equals(minTier) || tier.atLeast(Tier.valueOf(minTier)))
                && ("ANY".equals(category) || categories.contains(category));
    }
}
