package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.ticket.TicketEventData;

import java.util.List;
import java.util.Map;

/** What every {@code ticket.*} event carries, so notify-service can address people without calling back. */
final class TicketEvents {

    private TicketEvents() {
    }

    /** @param project the ticket's project as this service knows it; null if it is not known (the team is then empty) */
    static TicketEventData payload(Ticket t, KnownProject project, String ownerName, String actor, Map<String, Object> change) {
        return new TicketEventData(t.id, t.title, t.projectId, t.projectName, t.enterpriseCode, t.district,
                project != null && project.major, project == null ? ProjectEventData.Team.NONE : team(project),
                t.category.name(), t.priority.name(), t.status.name(), t.owner, ownerName, t.escalationLevel, t.blocksMilestone,
                t.responseDueAt, t.resolutionDueAt, actor, t.version, change);
    }

    private static ProjectEventData.Team team(KnownProject project) {
        return new ProjectEventData.Team(project.chief, project.leaderInCharge, List.copyOf(project.members));
    }
}
