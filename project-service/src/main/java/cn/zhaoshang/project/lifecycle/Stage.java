package cn.zhaoshang.project.lifecycle;

/** The stages of a project's life, in order; SUSPENDED and TERMINATED stand outside the order. */
public enum Stage {
    LEAD("招商信息/线索"),
    NEGOTIATING("在谈"),
    SIGNED("签约"),
    REGISTERED("注册/备案"),
    LAND_ACQUIRED("供地/拿地"),
    CONSTRUCTION_STARTED("开工"),
    COMPLETED("竣工"),
    IN_PRODUCTION("投产"),
    AT_CAPACITY("达产/达效"),
    SUSPENDED("暂缓"),
    TERMINATED("终止");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the stage is one of the ordered milestones (not SUSPENDED or TERMINATED). */
    public boolean isMilestone() {
        return this != SUSPENDED && this != TERMINATED;
    }

    /** 开工 and 竣工 are recognised by the city (开工认定, 竣工验收). */
    public boolean needsRecognition() {
        return this == CONSTRUCTION_STARTED || this == COMPLETED;
    }
}
