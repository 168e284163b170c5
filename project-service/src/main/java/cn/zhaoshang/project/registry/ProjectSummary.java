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

    /** One list row as the database gives it, categories as an array. */
    public record Row(UUID id, String name, UUID enterpriseId, String enterpriseName, String district, String industry,
                      String[] categories, Stage stage, Tier tier, boolean major, BigDecimal totalInvestment, BigDecimal agreedInvestment,
                      BigDecimal investmentCompleted, Instant createdAt) {

        ProjectSummary summary() {
            return new ProjectSummary(id, name, enterpriseId, enterpriseName, district, industry, List.of(categories), stage,
                    tier, major, totalInvestment, agreedInvestment, investmentCompleted, createdAt);
        }
    }
}
