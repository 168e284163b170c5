package cn.zhaoshang.project.registry;

import cn.zhaoshang.project.enterprise.Enterprise;
import cn.zhaoshang.project.lifecycle.Milestone;
import cn.zhaoshang.project.lifecycle.MilestoneDurations;
import cn.zhaoshang.project.lifecycle.Stage;
import cn.zhaoshang.project.team.Team;
import cn.zhaoshang.project.team.TeamView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A project as clients read it: planned vs actual per milestone and the days between milestones. */
public record ProjectView(
        UUID id, long version, String name, EnterpriseRef enterprise, String district, String industry,
        List<String> categories, String attractionMethod, String campaign, String remark,
        BigDecimal totalInvestment, BigDecimal agreedInvestment, BigDecimal foreignCapitalUsd,
        BigDecimal outOfProvinceCapital, Tier tier, boolean major, boolean cityListed,
        ProjectKind kind, UUID parentProjectId, String phaseLabel,
        Stage stage, Stage suspendedFrom, BigDecimal investmentCompleted,
        List<MilestoneView> milestones,
        @JsonUnwrapped MilestoneDurations durations,
        TeamView team, Instant createdAt, Instant updatedAt) {

    public record EnterpriseRef(UUID id, String name, String creditCode) {
    }

    public record MilestoneView(Stage stage, String label, LocalDate plannedOn, LocalDate actualOn,
                                Long daysAheadOfPlan, String recognizedBy, LocalDate recognizedOn) {
    }

    public static ProjectView of(Project p) {
        Enterprise e = Enterprise.findById(p.enterpriseId);
        Map<Stage, Milestone> byStage = new EnumMap<>(Stage.class);
        Milestone.ofProject(p.id).forEach(m -> byStage.put(m.stage, m));
        Map<Stage, LocalDate> actual = new EnumMap<>(Stage.class);
        byStage.forEach((stage, m) -> {
            if (m.actualOn != null) {
                actual.put(stage, m.actualOn);
            }
        });
        List<MilestoneView> milestones = Arrays.stream(Stage.values()).filter(Stage::isMilestone)
                .map(stage -> milestone(stage, byStage.get(stage))).toList();
        Team team = Team.findById(p.id);
        return new ProjectView(p.id, p.version, p.name, new EnterpriseRef(e.id, e.name, e.creditCode),
                p.districtCode, p.industryCode, List.of(p.categories), p.attractionMethod, p.campaign, p.remark,
                p.totalInvestment, p.agreedInvestment, p.foreignCapitalUsd, p.outOfProvinceCapital,
                p.tier, p.major, p.cityListed, p.kind, p.parentProjectId, p.phaseLabel,
                p.stage, p.suspendedFrom, p.investmentCompleted, milestones, MilestoneDurations.of(actual),
                team == null ? null : TeamView.of(team), p.createdAt, p.updatedAt);
    }

    private static MilestoneView milestone(Stage stage, Milestone m) {
        if (m == null) {
            return new MilestoneView(stage, stage.label(), null, null, null, null, null);
        }
        return new MilestoneView(stage, stage.label(), m.plannedOn, m.actualOn,
                MilestoneDurations.daysAheadOfPlan(m.plannedOn, m.actualOn), m.recognizedBy, m.recognizedOn);
    }
}
