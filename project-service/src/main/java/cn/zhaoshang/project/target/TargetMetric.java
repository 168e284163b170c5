package cn.zhaoshang.project.target;

import cn.zhaoshang.project.lifecycle.Stage;

/** What an annual district target counts. Counts are whole numbers; amounts are 万元. */
public enum TargetMetric {
    SIGNED_COUNT("签约项目数", Stage.SIGNED, false),
    SIGNED_AMOUNT("协议引资额", Stage.SIGNED, true),
    STARTED_COUNT("开工项目数", Stage.CONSTRUCTION_STARTED, false),
    COMPLETED_COUNT("竣工项目数", Stage.COMPLETED, false),
    EFFECTIVE_INVESTMENT("完成有效投资", null, true);

    private final String label;
    private final Stage milestone;
    private final boolean amount;

    TargetMetric(String label, Stage milestone, boolean amount) {
        this.label = label;
        this.milestone = milestone;
        this.amount = amount;
    }

    public String label() {
        return label;
    }

    /** The milestone whose actual date counts, or null for reported investment. */
    public Stage milestone() {
        return milestone;
    }

    public boolean isAmount() {
        return amount;
    }
}
