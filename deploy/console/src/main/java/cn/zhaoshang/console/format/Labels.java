package cn.zhaoshang.console.format;

import java.util.Map;

/** The domain's words for the services' codes, where the API gives a code without its label. */
public final class Labels {

    private static final Map<String, String> TICKET_STATUS = Map.of(
            "SUBMITTED", "待受理", "ACCEPTED", "已受理", "IN_PROGRESS", "办理中", "RESOLVED", "已办结（待确认）",
            "CLOSED", "已关闭", "REOPENED", "已重新打开");
    private static final Map<String, String> TIMELINE_ACTION = Map.ofEntries(
            Map.entry("SUBMITTED", "提交诉求"), Map.entry("ACCEPTED", "受理"), Map.entry("ASSIGNED", "交办"),
            Map.entry("COMMENTED", "留言"), Map.entry("INTERNAL_NOTE", "内部备注"), Map.entry("PAUSED", "暂停计时"), Map.entry("RESUMED", "恢复计时"),
            Map.entry("RESOLVED", "办结"), Map.entry("CONFIRMED", "确认并评价"), Map.entry("REOPENED", "重新打开"),
            Map.entry("ESCALATED", "升级"), Map.entry("MEETING_SCHEDULED", "列入会办"),
            Map.entry("MEETING_DECIDED", "会办决定"), Map.entry("SLA_WARNING", "时限预警"), Map.entry("SLA_BREACHED", "超出时限"),
            Map.entry("CONFIRM_REMINDER", "提醒确认"),
            Map.entry("AUTO_CLOSED", "自动关闭"), Map.entry("DEADLINES_MOVED", "时限调整"));
    private static final Map<String, String> STAGE = Map.ofEntries(
            Map.entry("LEAD", "招商信息/线索"), Map.entry("NEGOTIATING", "在谈"), Map.entry("SIGNED", "签约"),
            Map.entry("REGISTERED", "注册/备案"), Map.entry("LAND_ACQUIRED", "供地/拿地"),
            Map.entry("CONSTRUCTION_STARTED", "开工"), Map.entry("COMPLETED", "竣工"), Map.entry("IN_PRODUCTION", "投产"),
            Map.entry("AT_CAPACITY", "达产/达效"), Map.entry("SUSPENDED", "暂缓"), Map.entry("TERMINATED", "终止"));
    private static final Map<String, String> WAITING_ON = Map.of("ENTERPRISE", "企业", "DEPARTMENT", "部门");

    private Labels() {
    }

    public static String ticketStatus(String code) {
        return TICKET_STATUS.getOrDefault(code, code);
    }

    public static String timelineAction(String code) {
        return TIMELINE_ACTION.getOrDefault(code, code);
    }

    /** project-service's stage labels (GET /api/v1/stages). */
    public static String stage(String code) {
        return STAGE.getOrDefault(code, code);
    }

    public static String waitingOn(String code) {
        return WAITING_ON.getOrDefault(code, code);
    }
}
