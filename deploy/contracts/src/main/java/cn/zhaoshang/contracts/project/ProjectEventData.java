package cn.zhaoshang.contracts.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.zhaoshang.contracts.Required.field;

/**
 * The data of every {@code project.*} event: the project as it stands after the change, so that consumers
 * never need to call back, and {@code change}, what this event changed. Money in 万元.
 *
 * @param stage      the lifecycle stage's code (LEAD … AT_CAPACITY, SUSPENDED, TERMINATED)
 * @param milestones per stage code, the planned and actual dates
 * @param version    the project's version after the change: consumers never let an older one overwrite a newer one
 * @param change     what the event changed; its fields depend on the type (for {@code project.stage-changed}:
 *                   {@code from}, {@code to}, {@code on}; for {@code project.investment-reported}: {@code month},
 *                   {@code amount})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectEventData(UUID projectId, String name, UUID enterpriseId, String enterpriseCode, String enterpriseName,
                               String district, String districtName, String industry, List<String> categories,
                               String stage, String tier,
                               boolean major, BigDecimal totalInvestment, BigDecimal agreedInvestment,
                               BigDecimal investmentCompleted, long version, Team team,
                               Map<String, MilestoneDates> milestones, Map<String, Object> change) {

    public ProjectEventData {
        field(projectId, "projectId");
        field(name, "name");
        field(enterpriseCode, "enterpriseCode");
        field(district, "district");
        field(stage, "stage");
        categories = categories == null ? List.of() : List.copyOf(categories);
        team = team == null ? Team.NONE : team;
        milestones = milestones == null ? Map.of() : milestones;
        change = change == null ? Map.of() : change;
    }

    /** The same project with what this event changed. */
    public ProjectEventData withChange(Map<String, Object> what) {
        return new ProjectEventData(projectId, name, enterpriseId, enterpriseCode, enterpriseName, district, districtName, industry,
                categories, stage, tier, major, totalInvestment, agreedInvestment, investmentCompleted, version, team,
                milestones, what);
    }

    /** 专班: the 项目长 (chief), the 包联领导 (leader in charge) and the members, by their login names. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Team(String chief, String leaderInCharge, List<String> members) {
        public static final Team NONE = new Team(null, null, List.of());

        public Team {
            members = members == null ? List.of() : List.copyOf(members);
        }

        /** Everyone on the team, once each: chief, leader in charge, then the members. */
        public List<String> everyone() {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            if (chief != null) {
                all.add(chief);
            }
            if (leaderInCharge != null) {
                all.add(leaderInCharge);
            }
            all.addAll(members);
            return List.copyOf(all);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MilestoneDates(LocalDate plannedOn, LocalDate actualOn) {
    }
}
