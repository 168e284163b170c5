package cn.zhaoshang.console.queue;

import cn.zhaoshang.console.format.WorkingTimeLeft;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service team's queue: each open ticket in one lane, the most pressing first — overdue, due within half a
 * working day, new (not yet accepted), waiting (paused, on whom), in hand, and resolved awaiting the enterprise's
 * confirmation. Closed tickets are not in the queue.
 */
public final class Queue {

    public enum Lane {
        OVERDUE("已超期", "时限已过，请尽快办理或升级"),
        DUE_SOON("即将到期", "剩余不足半个工作日"),
        NEW("待受理", "新提交的诉求，受理后由您负责"),
        PAUSED("暂停中", "等待企业或部门，办结时限暂停计时"),
        IN_HAND("办理中", "已受理，正在办理"),
        AWAITING_CONFIRMATION("待企业确认", "已办结，等待企业确认或评价");

        private final String label;
        private final String hint;

        Lane(String label, String hint) {
            this.label = label;
            this.hint = hint;
        }

        public String label() {
            return label;
        }

        public String hint() {
            return hint;
        }
    }

    /** One lane and its tickets, in the order the service listed them (newest first). */
    public record Group(Lane lane, List<JsonNode> tickets) {
        public String id() {
            return lane.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private Queue() {
    }

    public static Lane laneOf(JsonNode ticket) {
        String status = ticket.path("status").asText();
        if ("CLOSED".equals(status)) {
            return null;
        }
        if ("RESOLVED".equals(status)) {
            return Lane.AWAITING_CONFIRMATION;
        }
        Long left = running(ticket);
        if (WorkingTimeLeft.overdue(left) || ticket.path("resolutionBreached").asBoolean()
                || ("SUBMITTED".equals(status) && ticket.path("responseBreached").asBoolean())) {
            return Lane.OVERDUE;
        }
        if (!ticket.path("paused").asBoolean() && WorkingTimeLeft.dueSoon(left)) {
            return Lane.DUE_SOON;
        }
        if ("SUBMITTED".equals(status)) {
            return Lane.NEW;
        }
        if (ticket.path("paused").asBoolean()) {
            return Lane.PAUSED;
        }
        return Lane.IN_HAND;
    }

    /** Every lane, empty ones too, so the page shows the same lanes every time. */
    public static List<Group> of(Iterable<JsonNode> tickets) {
        Map<Lane, List<JsonNode>> lanes = new LinkedHashMap<>();
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ArrayList<>());
        }
        for (JsonNode ticket : tickets) {
            Lane lane = laneOf(ticket);
            if (lane != null) {
                lanes.get(lane).add(ticket);
            }
        }
        List<Group> groups = new ArrayList<>();
        lanes.forEach((lane, list) -> groups.add(new Group(lane, list)));
        return groups;
    }

    /** The working minutes left on the deadline that runs now: the response's before acceptance, else the resolution's. */
    static Long running(JsonNode ticket) {
        JsonNode response = ticket.path("responseRemainingWorkingMinutes");
        JsonNode resolution = ticket.path("resolutionRemainingWorkingMinutes");
        if (response.isNumber() && (!resolution.isNumber() || response.asLong() < resolution.asLong())) {
            return response.asLong();
        }
        return resolution.isNumber() ? resolution.asLong() : null;
    }
}
