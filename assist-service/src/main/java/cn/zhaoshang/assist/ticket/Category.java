package cn.zhaoshang.assist.ticket;

/** What an enterprise needs help with; Chinese labels for clients. */
public enum Category {
    PLANNING_PERMIT("规划许可"),
    CONSTRUCTION_PERMIT("施工许可"),
    STAFFING("用人用工"),
    POWER_LINE_RELOCATION("杆线迁移"),
    SITE_ACCESS("施工进场"),
    GRID_CONNECTION("电力接入"),
    LAND("用地"),
    FUNDING("资金"),
    ENVIRONMENTAL_REVIEW("环评"),
    UTILITIES("水电气"),
    APPROVAL("审批"),
    OTHER("其他");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
