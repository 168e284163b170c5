package cn.zhaoshang.project.ledger;

import cn.zhaoshang.project.lifecycle.Stage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the project ledger (项目台账), in the template's order, as offices head them. A file may order them
 * as it likes and carry other columns (they are ignored); headers are matched without spaces, with either kind of
 * bracket, and with or without the unit.
 */
public enum LedgerColumn {
    PROJECT_NAME("项目名称", true, 200),
    ENTERPRISE_NAME("企业名称", true, 200),
    CREDIT_CODE("统一社会信用代码", true, 18),
    DISTRICT("所属县区/园区", true, 40),
    INDUSTRY("产业类别", true, 40),
    CATEGORIES("项目类别", false, 400),
    ATTRACTION_METHOD("招引方式", false, 40),
    TOTAL_INVESTMENT("总投资（万元）", true, 30),
    AGREED_INVESTMENT("协议投资（万元）", true, 30),
    STAGE("项目阶段", false, 20),
    SIGNED_PLANNED("计划签约日期", false, 20),
    SIGNED_ACTUAL("实际签约日期", false, 20),
    LAND_PLANNED("计划拿地日期", false, 20),
    LAND_ACTUAL("实际拿地日期", false, 20),
    START_PLANNED("计划开工日期", false, 20),
    START_ACTUAL("实际开工日期", false, 20),
    COMPLETION_PLANNED("计划竣工日期", false, 20),
    COMPLETION_ACTUAL("实际竣工日期", false, 20),
    PRODUCTION_PLANNED("计划投产日期", false, 20),
    PRODUCTION_ACTUAL("实际投产日期", false, 20),
    CHIEF("项目长（账号）", false, 200),
    LEADER("包联领导（账号）", false, 200),
    REMARK("备注", false, 500);

    /** The milestones that have date columns, in lifecycle order. */
    static final Stage[] DATED = {Stage.SIGNED, Stage.LAND_ACQUIRED, Stage.CONSTRUCTION_STARTED, Stage.COMPLETED,
            Stage.IN_PRODUCTION};

    private final String header;
    private final boolean required;
    private final int maxLength;

    LedgerColumn(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean isDate() {
        return name().endsWith("_PLANNED") || name().endsWith("_ACTUAL");
    }

    public boolean isMoney() {
        return this == TOTAL_INVESTMENT || this == AGREED_INVESTMENT;
    }

    static LedgerColumn planned(Stage stage) {
        return valueOf(prefix(stage) + "_PLANNED");
    }

    static LedgerColumn actual(Stage stage) {
        return valueOf(prefix(stage) + "_ACTUAL");
    }

    private static String prefix(Stage stage) {
        switch (stage) {
            case SIGNED:
                return "SIGNED";
            case LAND_ACQUIRED:
                return "LAND";
            case CONSTRUCTION_STARTED:
                return "START";
            case COMPLETED:
                return "COMPLETION";
            case IN_PRODUCTION:
                return "PRODUCTION";
            default:
                throw new IllegalArgumentException(stage + " has no date column");
        }
    }

    /** The column a header names, if any: 「总投资(万元)」, 「总 投 资」 and 「总投资（万元）」 all name TOTAL_INVESTMENT. */
    public static Optional<LedgerColumn> byHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalized(text);
        return Arrays.stream(values())
                .filter(c -> normalized(c.header).equals(wanted) || withoutUnit(normalized(c.header)).equals(wanted))
                .findFirst();
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').replace('／', '/');
    }

    private static String withoutUnit(String header) {
        int bracket = header.indexOf('(');
        return bracket < 0 ? header : header.substring(0, bracket);
    }
}
