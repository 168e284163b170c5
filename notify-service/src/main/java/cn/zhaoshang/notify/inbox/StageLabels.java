package cn.zhaoshang.notify.inbox;

import java.util.Map;

/** The Chinese names of the lifecycle stages, as the notifications say them. */
public final class StageLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("LEAD", "招商信息"), Map.entry("NEGOTIATING", "在谈"), Map.entry("SIGNED", "签约"),
            Map.entry("REGISTERED", "注册备案"), Map.entry("LAND_ACQUIRED", "供地"),
            Map.entry("CONSTRUCTION_STARTED", "开工"), Map.entry("COMPLETED", "竣工"),
            Map.entry("IN_PRODUCTION", "投产"), Map.entry("AT_CAPACITY", "达产"),
            Map.entry("SUSPENDED", "暂缓"), Map.entry("TERMINATED", "终止"));

    private StageLabels() {
    }

    /** The stage's Chinese name; a code this version does not know is shown as it is. */
    public static String of(String stage) {
        return LABELS.getOrDefault(stage, stage);
    }
}
