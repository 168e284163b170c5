package cn.zhaoshang.assist.ticket.escalation;

/** Who a stuck ticket is put before, in order: 专班 → 项目长 → 包联领导 → 督查. The ordinal is the ticket's level. */
public enum EscalationLevel {
    TEAM("专班"), PROJECT_CHIEF("项目长"), LEADER_IN_CHARGE("包联领导"), SUPERVISION("督查");

    private final String label;

    EscalationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EscalationLevel of(int level) {
        return values()[Math.max(0, Math.min(level, values().length - 1))];
    }
}
