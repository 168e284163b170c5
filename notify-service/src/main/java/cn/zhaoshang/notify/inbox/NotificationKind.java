package cn.zhaoshang.notify.inbox;

/** Every kind of notification, with its Chinese label: what preferences and webhooks can choose among. */
public enum NotificationKind {
    TICKET_RECEIVED("诉求已收到"),
    TICKET_ACCEPTED("诉求已受理"),
    TICKET_ASSIGNED("诉求已交办"),
    TICKET_ANSWERED("专班回复"),
    TICKET_RESOLVED("诉求已办理"),
    CONFIRM_REMINDER("确认提醒"),
    TICKET_CLOSED("诉求已办结"),
    NEW_TICKET("新诉求"),
    TICKET_ASSIGNED_TO_YOU("交办给我"),
    ENTERPRISE_COMMENTED("企业补充"),
    TICKET_REOPENED("诉求被退回"),
    SLA_WARNING("时限预警"),
    SLA_BREACHED("超时"),
    TICKET_ESCALATED("诉求升级"),
    DEADLINES_MOVED("时限调整"),
    MAJOR_PROJECT_STAGE_CHANGED("重特大项目进展"),
    TEAM_ASSIGNED("专班组建"),
    PROJECT_START_OVERDUE("逾期未开工"),
    INVESTMENT_REPORT_MISSING("投资未填报"),
    MILESTONE_AT_RISK("节点风险"),
    DAILY_BRIEF("日通报");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static boolean known(String kind) {
        for (NotificationKind k : values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
