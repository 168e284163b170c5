package cn.zhaoshang.console.board;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of a district's annual targets as the board shows it: named with its size tier or category when it has one
 * (签约项目数（10–50亿元）), its figures, whether it is ahead of 序时进度, and its rank among the districts.
 */
public record TargetRow(String label, BigDecimal target, BigDecimal actual, BigDecimal completionRate, boolean ahead,
                        Integer rank, Integer rankedAmong, boolean amount) {

    private static final Map<String, String> TIERS = Map.of("SUB_YI", "1亿元以下", "YI_1_TO_10", "1–10亿元",
            "YI_10_TO_50", "10–50亿元", "YI_50_PLUS", "50亿元以上");

    public static List<TargetRow> of(JsonNode district) {
        List<TargetRow> rows = new ArrayList<>();
        for (JsonNode t : district.path("targets")) {
            rows.add(new TargetRow(label(t), decimal(t, "target"), decimal(t, "actual"), decimal(t, "completionRate"),
                    t.path("aheadOfSchedule").asBoolean(), t.hasNonNull("rank") ? t.get("rank").asInt() : null,
                    t.hasNonNull("rankedAmong") ? t.get("rankedAmong").asInt() : null,
                    !t.path("metric").asText().endsWith("_COUNT")));
        }
        return rows;
    }

    static String label(JsonNode target) {
        String label = target.path("label").asText(target.path("metric").asText());
        String tier = qualifier(target, "minTier");
        String category = qualifier(target, "category");
        List<String> parts = new ArrayList<>();
        if (tier != null) {
            parts.add(TIERS.getOrDefault(tier, tier));
        }
        if (category != null) {
            parts.add(category);
        }
        return parts.isEmpty() ? label : label + "（" + String.join("，", parts) + "）";
    }

    /** A target's tier or category; "ANY" and absent mean none. */
    static String qualifier(JsonNode target, String field) {
        String value = target.path(field).asText(null);
        return value == null || value.isBlank() || "ANY".equals(value) ? null : value;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).decimalValue() : null;
    }
}
