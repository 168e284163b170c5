package cn.zhaoshang.project.registry;

import cn.zhaoshang.project.lifecycle.Stage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of the project list. */
public record ProjectSummary(UUID id, String name, UUID enterpriseId, String enterpriseName, String district,
                             String industry, List<String> categories, Stage stage, Tier tier, boolean major,
                             BigDecimal totalInvestment, BigDecimal agreedInvestment,
                             BigDecimal investmentCompleted, Instant createdAt) {

    static ProjectSummary of(Project p, String enterpriseName) {
        return new ProjectSummary(p.id, p.name, p.enterpriseId, enterpriseName, p.districtCode, p.industryCode,
                List.of(p.categories), p.stage, p.tier, p.major, p.totalInvestment, p.agreedInvestment,
                p.investmentCompleted, p.createdAt);
    }
}
