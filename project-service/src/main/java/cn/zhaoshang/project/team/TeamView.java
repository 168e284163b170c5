package cn.zhaoshang.project.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record TeamView(UUID projectId, String chief, String leaderInCharge, List<String> members,
                       List<String> assistingUnits, List<Team.LiaisonGroup> liaisonGroups,
                       Instant updatedAt, String updatedBy) {

    public static TeamView of(Team team) {
        List<String> members = TeamMember.ofProject(team.projectId).stream()
                .filter(m -> m.role.equals("MEMBER")).map(m -> m.subject).sorted().toList();
        return new TeamView(team.projectId, team.chief, team.leaderInCharge, members, team.assistingUnits,
                team.liaisonGroups, team.updatedAt, team.updatedBy);
    }
}
