package cn.zhaoshang.project.team.api;

import cn.zhaoshang.project.team.Team;
import cn.zhaoshang.project.team.TeamMember;
import cn.zhaoshang.project.team.TeamView;

import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.project.registry.Project;
import cn.zhaoshang.project.registry.ProjectAccess;
import cn.zhaoshang.project.registry.ProjectEvents;
import cn.zhaoshang.chassis.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class TeamService {

    private final ProjectAccess access;
    private final ProjectEvents events;
    private final Caller caller;
    private final EntityManager entityManager;
    private final Clock clock;

    public TeamService(ProjectAccess access, ProjectEvents events, Caller caller, EntityManager entityManager, Clock clock) {
        this.access = access;
        this.events = events;
        this.caller = caller;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public TeamView assign(UUID projectId, TeamRequest request) {
        Project project = access.workable(projectId);
        Team team = Team.findById(projectId);
        if (team == null) {
            team = new Team();
            team.projectId = projectId;
        }
        team.chief = request.chief().strip();
        team.leaderInCharge = request.leaderInCharge().strip();
        team.assistingUnits = new ArrayList<>(new LinkedHashSet<>(request.assistingUnitsOrEmpty()));
        team.liaisonGroups = request.liaisonGroupsOrEmpty().stream()
                .map(g -> new Team.LiaisonGroup(g.topic(), g.members().stream().distinct().toList())).toList();
        team.updatedAt = Instant.now(clock);
        team.updatedBy = caller.subject();
        team.persist();
        replaceMembers(projectId, request);
        project.updatedAt = team.updatedAt;
        entityManager.flush();
        TeamView view = TeamView.of(team);
        events.publish(ProjectEventType.TEAM_ASSIGNED, project, Map.of("team", view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamView get(UUID projectId) {
        access.readable(projectId);
        Team team = Team.findById(projectId);
        if (team == null) {
            throw new ResourceNotFound("team of project", projectId);
        }
        return TeamView.of(team);
    }

    private void replaceMembers(UUID projectId, TeamRequest request) {
        TeamMember.delete("projectId", projectId);
        entityManager.flush();
        Set<String> seen = new LinkedHashSet<>();
        add(projectId, request.chief(), "CHIEF", seen);
        add(projectId, request.leaderInCharge(), "LEADER", seen);
        request.membersOrEmpty().forEach(subject -> add(projectId, subject, "MEMBER", seen));
        request.liaisonGroupsOrEmpty().forEach(group -> group.members().forEach(subject -> add(projectId, subject, "LIAISON", seen)));
    }

    private static void add(UUID projectId, String subject, String role, Set<String> seen) {
        if (!seen.add(subject.strip() + "|" + role)) {
            return;
        }
        TeamMember member = new TeamMember();
        member.projectId = projectId;
        member.subject = subject.strip();
        member.role = role;
        member.persist();
    }
}
