package cn.zhaoshang.project.registry;

import cn.zhaoshang.project.enterprise.Enterprise;
import cn.zhaoshang.project.lifecycle.Milestone;
import cn.zhaoshang.project.outbox.Outbox;
import cn.zhaoshang.project.team.Team;
import cn.zhaoshang.project.team.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code project.*} events to the outbox. Each carries a snapshot of the project (enterprise code,
 * district, stage, major flag, team, milestones) so consumers never need to call back, plus what changed.
 */
@ApplicationScoped
public class ProjectEvents {

    public static final String REGISTERED = "project.registered";
    public static final String UPDATED = "project.updated";
    public static final String STAGE_CHANGED = "project.stage-changed";
    public static final String TEAM_ASSIGNED = "project.team-assigned";
    public static final String INVESTMENT_REPORTED = "project.investment-reported";

    private final Outbox outbox;

    public ProjectEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(String type, Project project, Map<String, Object> change) {
        Map<String, Object> data = snapshot(project);
        data.put("change", change);
        outbox.add(type, project.id, data);
    }

    static Map<String, Object> snapshot(Project p) {
        Enterprise enterprise = Enterprise.findById(p.enterpriseId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("projectId", p.id);
        data.put("name", p.name);
        data.put("enterpriseId", p.enterpriseId);
        data.put("enterpriseCode", enterprise.creditCode);
        data.put("enterpriseName", enterprise.name);
        data.put("district", p.districtCode);
        data.put("industry", p.industryCode);
        data.put("categories", List.of(p.categories));
        data.put("stage", p.stage);
        data.put("tier", p.tier);
        data.put("major", p.major);
        data.put("totalInvestment", p.totalInvestment);
        data.put("agreedInvestment", p.agreedInvestment);
        data.put("investmentCompleted", p.investmentCompleted);
        data.put("version", p.version);
        data.put("team", team(p));
        data.put("milestones", milestones(p));
        return data;
    }

    private static Map<String, Object> team(Project p) {
        Team team = Team.findById(p.id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("chief", team == null ? null : team.chief);
        view.put("leaderInCharge", team == null ? null : team.leaderInCharge);
        view.put("members", TeamMember.ofProject(p.id).stream().map(m -> m.subject).distinct().sorted().toList());
        return view;
    }

    private static Map<String, Object> milestones(Project p) {
        Map<String, Object> view = new TreeMap<>();
        for (Milestone m : Milestone.ofProject(p.id)) {
            Map<String, Object> dates = new LinkedHashMap<>();
            dates.put("plannedOn", m.plannedOn);
            dates.put("actualOn", m.actualOn);
            view.put(m.stage.name(), dates);
        }
        return view;
    }
}
