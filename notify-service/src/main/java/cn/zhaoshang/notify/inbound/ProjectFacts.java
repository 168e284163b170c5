package cn.zhaoshang.notify.inbound;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The parts of a {@code project.*} event's data that notifications need; unknown fields are ignored. */
public record ProjectFacts(UUID projectId, String name, String district, String enterpriseCode, boolean major,
                           String stage, long version, List<String> team, BigDecimal totalInvestment,
                           JsonNode milestones, JsonNode change) {

    static final Map<String, String> STAGE_LABELS = Map.ofEntries(
            Map.entry("LEAD", "招商信息"), Map.entry("NEGOTIATING", "在谈"), Map.entry("SIGNED", "签约"),
            Map.entry("REGISTERED", "注册备案"), Map.entry("LAND_ACQUIRED", "供地"),
            Map.entry("CONSTRUCTION_STARTED", "开工"), Map.entry("COMPLETED", "竣工"),
            Map.entry("IN_PRODUCTION", "投产"), Map.entry("AT_CAPACITY", "达产"),
            Map.entry("SUSPENDED", "暂缓"), Map.entry("TERMINATED", "终止"));

    static ProjectFacts from(JsonNode data) {
        List<String> team = new ArrayList<>();
        JsonNode t = data.path("team");
        for (String role : List.of("chief", "leaderInCharge")) {
            if (t.hasNonNull(role)) {
                team.add(t.get(role).asText());
            }
        }
        t.path("members").forEach(m -> team.add(m.asText()));
        return new ProjectFacts(UUID.fromString(EventFields.required(data, "projectId")), EventFields.required(data, "name"),
                EventFields.required(data, "district"), EventFields.required(data, "enterpriseCode"), data.path("major").asBoolean(false),
                EventFields.required(data, "stage"), data.path("version").asLong(0), team.stream().distinct().toList(),
                data.hasNonNull("totalInvestment") ? data.get("totalInvestment").decimalValue() : null,
                data.path("milestones"), data.path("change"));
    }

    public static String label(String stage) {
        return STAGE_LABELS.getOrDefault(stage, stage);
    }
}
