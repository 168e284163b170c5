package cn.zhaoshang.contracts.ticket;

import cn.zhaoshang.contracts.project.ProjectEventData.Team;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static cn.zhaoshang.contracts.Required.field;

/**
 * The data of every {@code ticket.*} event: the ticket as it stands after the change, with its project's
 * team, so that notify-service can address people without calling back, and {@code change}, what this event
 * changed (its fields depend on the type, e.g. {@code from}/{@code to} for an escalation).
 *
 * @param status          SUBMITTED, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED or REOPENED
 * @param escalationLevel 0 专班, 1 项目长, 2 包联领导, 3 督查
 * @param ownerName       the owner as people read them (the name they signed in with), if the service has seen it
 * @param actor           who did it: a login name, or {@code system} for what the service did by itself
 * @param version         the ticket's version after the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketEventData(UUID ticketId, String title, UUID projectId, String projectName, String enterpriseCode,
                              String district, boolean major, Team team, String category, String priority,
                              String status, String owner, String ownerName, int escalationLevel, String blocksMilestone,
                              Instant responseDueAt, Instant resolutionDueAt, String actor, long version,
                              Map<String, Object> change) {

    /** Statuses in which a ticket still needs work; every service counts open tickets by this one rule. */
    public static final Set<String> OPEN_STATUSES = Set.of("SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REOPENED");

    public TicketEventData {
        field(ticketId, "ticketId");
        field(title, "title");
        field(projectId, "projectId");
        field(projectName, "projectName");
        field(enterpriseCode, "enterpriseCode");
        field(district, "district");
        team = team == null ? Team.NONE : team;
        priority = priority == null ? "NORMAL" : priority;
        status = status == null ? "" : status;
        change = change == null ? Map.of() : change;
    }

    @JsonIgnore
    public boolean open() {
        return OPEN_STATUSES.contains(status);
    }

    @JsonIgnore
    public boolean urgent() {
        return "URGENT".equals(priority);
    }
}
