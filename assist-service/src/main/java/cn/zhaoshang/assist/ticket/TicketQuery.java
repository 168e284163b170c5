package cn.zhaoshang.assist.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;

/** The list's filters as SQL over {@code ticket t}. */
record TicketQuery(UUID projectId, Status status, Category category, String assignee, Boolean overdue, int page, int size) {

    static final int MAX_PAGE_SIZE = 100;

    int effectiveSize() {
        return Math.min(size, MAX_PAGE_SIZE);
    }

    String where(Map<String, Object> params, Instant now) {
        List<String> conditions = new ArrayList<>();
        if (projectId != null) {
            conditions.add("t.project_id = :projectId");
            params.put("projectId", projectId);
        }
        if (status != null) {
            conditions.add("t.status = :status");
            params.put("status", status.name());
        }
        if (category != null) {
            conditions.add("t.category = :category");
            params.put("category", category.name());
        }
        if (assignee != null && !assignee.isBlank()) {
            conditions.add("t.owner = :assignee");
            params.put("assignee", assignee);
        }
        if (overdue != null) {
            params.put("now", now);
            String late = "(" + Ticket.OVERDUE + ")";
            conditions.add(overdue ? late : "not " + late);
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
