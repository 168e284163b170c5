package cn.zhaoshang.notify.inbound;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.UUID;

/** The parts of a {@code ticket.*} event's data that notifications need; unknown fields are ignored. */
public record TicketFacts(UUID ticketId, String title, UUID projectId, String projectName, String enterpriseCode,
                          String district, boolean major, String priority, String owner, int escalationLevel,
                          String resolutionDueAt, String status, String blocksMilestone, long version, JsonNode change) {

    static TicketFacts from(JsonNode data) {
        return new TicketFacts(UUID.fromString(EventFields.required(data, "ticketId")), EventFields.required(data, "title"),
                UUID.fromString(EventFields.required(data, "projectId")), EventFields.required(data, "projectName"),
                EventFields.required(data, "enterpriseCode"), EventFields.required(data, "district"),
                data.path("major").asBoolean(false), data.path("priority").asText("NORMAL"),
                data.path("owner").asText(null), data.path("escalationLevel").asInt(0),
                data.path("resolutionDueAt").asText(""), data.path("status").asText(""),
                data.hasNonNull("blocksMilestone") ? data.get("blocksMilestone").asText() : null,
                data.path("version").asLong(0), data.path("change"));
    }

    boolean open() {
        return !status.equals("RESOLVED") && !status.equals("CLOSED");
    }

    boolean urgent() {
        return "URGENT".equals(priority);
    }

    /** 「title」（project name）: how every ticket notification names the ticket. */
    String named() {
        return "「" + title + "」（" + projectName + "）";
    }
}
