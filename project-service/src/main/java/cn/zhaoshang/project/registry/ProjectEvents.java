package cn.zhaoshang.project.registry;

import cn.zhaoshang.chassis.outbox.Outbox;
import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.project.enterprise.Enterprise;
import cn.zhaoshang.project.lifecycle.Milestone;
import cn.zhaoshang.project.team.Team;
import cn.zhaoshang.project.team.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code project.*} events to the outbox. Each carries the project as it stands (enterprise, district,
 * stage, major flag, team, milestones) so consumers never need to call back, plus what changed.
 */
@ApplicationScoped
public class ProjectEvents {

    private final Outbox outbox;

    public ProjectEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(ProjectEventType type, Project project, Map<String, Object> change) {
        outbox.add(type.wireName(), "project", project.id, project.id, snapshot(project).withChange(change));
    }

    static ProjectEventData snapshot(Project p) {
        Enterprise enterprise = Enterprise.findById(p.enterpriseId);
        return new ProjectEventData(p.id, p.name, p.enterpriseId, enterprise.creditCode, enterprise.name, p.districtCode,
                p.industryCode, List.of(p.categories), p.stage.name(), p.tier.name(), p.major, p.totalInvestment,
                p.agreedInvestment, p.investmentCompleted, p.version, team(p), milestones(p), Map.of());
    }

    private static ProjectEventData.Team team(Project p) {
        Team team = Team.findById(p.id);
        List<String> members = TeamMember.ofProject(p.id).stream().map(m -> m.subject).distinct().sorted().toList();
        return new ProjectEventData.Team(team == null ? null : team.chief, team == null ? null : team.leaderInCharge, members);
    }

    private static Map<String, ProjectEventData.MilestoneDates> milestones(Project p) {
        Map<String, ProjectEventData.MilestoneDates> byStage = new TreeMap<>();
        for (Milestone m : Milestone.ofProject(p.id)) {
            byStage.put(m.stage.name(), new ProjectEventData.MilestoneDates(m.plannedOn, m.actualOn));
        }
        return byStage;
    }
}
