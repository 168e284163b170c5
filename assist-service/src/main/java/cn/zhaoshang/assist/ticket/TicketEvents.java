package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every {@code ticket.*} event carries, so notify-service can address people without calling back. */
final class TicketEvents {

    private TicketEvents() {
    }

    static Map<String, Object> payload(Ticket t, String actor, Map<String, Object> change) {
        KnownProject project = KnownProject.findById(t.projectId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", t.id);
        data.put("title", t.title);
        data.put("projectId", t.projectId);
        data.put("projectName", t.projectName);
        data.put("enterpriseCode", t.enterpriseCode);
        data.put("district", t.district);
        data.put("major", project != null && project.major);
        data.put("team", project == null ? Map.of() : team(project));
        data.put("category", t.category);
        data.put("priority", t.priority);
        data.put("status", t.status);
        data.put("owner", t.owner);
        data.put("escalationLevel", t.escalationLevel);
        data.put("blocksMilestone", t.blocksMilestone);
        data.put("responseDueAt", t.responseDueAt);
        data.put("resolutionDueAt", t.resolutionDueAt);
        data.put("actor", actor);
        data.put("version", t.version);
        data.put("change", change);
        return data;
    }

    private static Map<String, Object> team(KnownProject project) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("chief", project.chief);
        team.put("leaderInCharge", project.leaderInCharge);
        team.put("members", List.copyOf(project.members));
        return team;
    }
}
