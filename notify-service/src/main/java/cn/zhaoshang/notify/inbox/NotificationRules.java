package cn.zhaoshang.notify.inbox;

import cn.zhaoshang.contracts.project.ProjectEventData;
import cn.zhaoshang.contracts.project.ProjectEventType;
import cn.zhaoshang.contracts.ticket.TicketEventData;
import cn.zhaoshang.contracts.ticket.TicketEventType;
import cn.zhaoshang.chassis.text.ChineseText;
import cn.zhaoshang.notify.inbox.Draft.Urgency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.zhaoshang.notify.inbox.NotificationKind.MAJOR_PROJECT_STAGE_CHANGED;
import static cn.zhaoshang.notify.inbox.NotificationKind.TEAM_ASSIGNED;

/**
 * Which event notifies whom, with what text: one table, read top to bottom. Plain Java, tested without Quarkus.
 * The enterprise hears of its ticket's progress; the team of new, handed-over, late and reopened work;
 * the district's supervisors of breaches, escalations, coming breaches of urgent or milestone-blocking tickets,
 * and major projects moving.
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    public static List<Draft> forProjectEvent(ProjectEventType type, ProjectEventData p) {
        return switch (type) {
            case STAGE_CHANGED -> p.major() ? List.of(new Draft(Audience.DISTRICT_SUPERVISORS, p.district(),
                    MAJOR_PROJECT_STAGE_CHANGED, Urgency.NORMAL,
                    "重特大项目「" + p.name() + "」进入" + StageLabels.of(text(p.change(), "to", p.stage())) + "阶段",
                    "项目「" + p.name() + "」于" + ChineseText.date(text(p.change(), "occurredOn", null)) + "由"
                            + StageLabels.of(text(p.change(), "from", "")) + "转入"
                            + StageLabels.of(text(p.change(), "to", p.stage())) + "。",
                    p.projectId(), null)) : List.of();
            case TEAM_ASSIGNED -> List.of(new Draft(Audience.PROJECT_TEAM, p.projectId().toString(),
                    TEAM_ASSIGNED, Urgency.NORMAL,
                    "项目「" + p.name() + "」专班已组建",
                    "您已在项目「" + p.name() + "」的服务专班中，该项目的帮办诉求将推送给专班。",
                    p.projectId(), null));
            case REGISTERED, UPDATED, INVESTMENT_REPORTED -> List.of();
        };
    }

    public static List<Draft> forTicketEvent(TicketEventType type, TicketEventData t) {
        Urgency urgency = t.urgent() ? Urgency.URGENT : Urgency.NORMAL;
        List<Draft> drafts = new ArrayList<>();
        switch (type) {
            case SUBMITTED -> {
                drafts.add(enterprise(t, NotificationKind.TICKET_RECEIVED, Urgency.NORMAL, "诉求已收到：" + t.title(),
                        "您提交的诉求" + named(t) + "已登记，专班将按时限响应。"));
                drafts.add(team(t, NotificationKind.NEW_TICKET, urgency, "新帮办诉求：" + t.title(),
                        "项目「" + t.projectName() + "」提交了新诉求「" + t.title() + "」，请及时受理（首问负责）。"));
            }
            case ACCEPTED -> drafts.add(enterprise(t, NotificationKind.TICKET_ACCEPTED, Urgency.NORMAL, "诉求已受理：" + t.title(),
                    "您的诉求" + named(t) + "已由" + ownerForEnterprise(t) + "受理，负责到底。"));
            case ASSIGNED -> {
                drafts.add(enterprise(t, NotificationKind.TICKET_ASSIGNED, Urgency.NORMAL, "诉求已交办：" + t.title(),
                        "您的诉求" + named(t) + "已交由" + ownerForEnterprise(t) + "办理。"));
                drafts.add(user(t, text(t.change(), "to", t.owner()), NotificationKind.TICKET_ASSIGNED_TO_YOU, urgency,
                        "交办给您：" + t.title(), "诉求" + named(t) + "已交办给您。" + note(text(t.change(), "note", ""))));
            }
            case COMMENTED -> {
                if (Boolean.TRUE.equals(t.change().get("byTeam"))) {
                    drafts.add(enterprise(t, NotificationKind.TICKET_ANSWERED, Urgency.NORMAL, "专班回复：" + t.title(),
                            text(t.change(), "body", "")));
                } else if (t.owner() != null) {
                    drafts.add(user(t, t.owner(), NotificationKind.ENTERPRISE_COMMENTED, Urgency.NORMAL, "企业补充：" + t.title(),
                            text(t.change(), "body", "")));
                }
            }
            case RESOLVED -> drafts.add(enterprise(t, NotificationKind.TICKET_RESOLVED, Urgency.NORMAL, "诉求已办理：" + t.title(),
                    "您的诉求" + named(t) + "已办理：" + ChineseText.sentence(text(t.change(), "resolution", "")) + "请确认并评价。"));
            case CONFIRM_REMINDER -> drafts.add(enterprise(t, NotificationKind.CONFIRM_REMINDER, Urgency.NORMAL,
                    "请确认办理结果：" + t.title(), "诉求" + named(t) + "已办理，请确认或提出异议；逾期未确认将自动办结。"));
            case CONFIRMED, CLOSED -> drafts.add(enterprise(t, NotificationKind.TICKET_CLOSED, Urgency.NORMAL,
                    "诉求已办结：" + t.title(), "诉求" + named(t) + (type == TicketEventType.CLOSED ? "逾期未确认，已自动办结。" : "已确认办结，感谢评价。")));
            case REOPENED -> drafts.add(team(t, NotificationKind.TICKET_REOPENED, urgency, "诉求被退回重办：" + t.title(),
                    "企业对诉求" + named(t) + "的办理不满意：" + ChineseText.sentence(text(t.change(), "reason", ""))));
            case SLA_WARNING -> {
                String body = "诉求" + named(t) + "的" + limit(t) + "时限将至（" + dueAt(t) + "）。";
                drafts.add(team(t, NotificationKind.SLA_WARNING, Urgency.URGENT, "时限预警：" + t.title(), body));
                // 无事不扰: supervisors hear of a coming breach only for urgent tickets and those holding up a milestone
                if (t.urgent() || t.blocksMilestone() != null) {
                    drafts.add(supervisors(t, NotificationKind.SLA_WARNING, "时限预警：" + t.title(), body));
                }
            }
            case SLA_BREACHED -> {
                String body = "诉求" + named(t) + "已超过" + limit(t) + "时限（" + dueAt(t) + "）。";
                drafts.add(supervisors(t, NotificationKind.SLA_BREACHED, "超时督办：" + t.title(), body));
                drafts.add(team(t, NotificationKind.SLA_BREACHED, Urgency.URGENT, "已超时：" + t.title(), body));
            }
            case ESCALATED -> drafts.add(supervisors(t, NotificationKind.TICKET_ESCALATED,
                    "诉求升级至" + text(t.change(), "toLabel", "") + "：" + t.title(),
                    "诉求" + named(t) + "升级至" + text(t.change(), "toLabel", "") + "："
                            + ChineseText.sentence(text(t.change(), "reason", ""))));
            case DEADLINES_MOVED -> {
                // the enterprise hears when it may expect an answer, the team when it must give one
                String body = "因" + notice(text(t.change(), "notice", "节假日安排调整")) + "，诉求" + named(t) + "的"
                        + moves(t.change()) + "。";
                drafts.add(enterprise(t, NotificationKind.DEADLINES_MOVED, Urgency.NORMAL, "办理时限调整：" + t.title(), body));
                drafts.add(team(t, NotificationKind.DEADLINES_MOVED, Urgency.NORMAL, "办理时限调整：" + t.title(), body));
            }
            case PAUSED, RESUMED, MEETING_SCHEDULED, MEETING_DECIDED -> {
                // on the timeline; nobody is interrupted for them
            }
        }
        return drafts;
    }

    /** The deadlines a calendar change may move, in the order a sentence names them. */
    private static final List<Map.Entry<String, String>> DEADLINES = List.of(Map.entry("responseDueAt", "响应时限"),
            Map.entry("resolutionDueAt", "办结时限"), Map.entry("autoCloseAt", "自动办结时间"));

    /** 「办结时限由1月4日 17:30改为1月5日 17:30」, for each deadline a calendar change moved. */
    private static String moves(Map<String, Object> change) {
        List<String> moves = new ArrayList<>();
        for (Map.Entry<String, String> deadline : DEADLINES) {
            if (change.get(deadline.getKey()) instanceof Map<?, ?> move) {
                moves.add(deadline.getValue() + "由" + ChineseText.beijingTime(String.valueOf(move.get("from"))) + "改为"
                        + ChineseText.beijingTime(String.valueOf(move.get("to"))));
            }
        }
        return String.join("，", moves);
    }

    /** A notice's title in 《》, as Chinese text quotes a document. */
    private static String notice(String title) {
        return title.startsWith("《") ? title : "《" + title + "》";
    }

    private static String limit(TicketEventData t) {
        return "RESPONSE".equals(text(t.change(), "limit", "")) ? "响应" : "办结";
    }

    /** The owner as an enterprise reads them: by name, or as the team's staff; never a login name. */
    private static String ownerForEnterprise(TicketEventData t) {
        return t.ownerName() != null && !t.ownerName().isBlank() ? " " + t.ownerName() + " " : "专班工作人员";
    }

    /** 「title」（project name）: how every ticket notification names the ticket. */
    private static String named(TicketEventData t) {
        return "「" + t.title() + "」（" + t.projectName() + "）";
    }

    /** A field of an event's {@code change}, as text. */
    private static String text(Map<String, Object> change, String field, String fallback) {
        Object value = change.get(field);
        return value == null ? fallback : value.toString();
    }

    private static String note(String note) {
        return note.isBlank() ? "" : "说明：" + ChineseText.sentence(note);
    }

    /** The limit's deadline in Beijing time, as people read it ({@code 12月2日 09:30}), never the UTC instant. */
    private static String dueAt(TicketEventData t) {
        return "截止" + ChineseText.beijingTime(text(t.change(), "dueAt", null));
    }

    private static Draft enterprise(TicketEventData t, NotificationKind kind, Urgency urgency, String title, String body) {
        return new Draft(Audience.ENTERPRISE, t.enterpriseCode(), kind, urgency, title, body, t.projectId(), t.ticketId());
    }

    private static Draft team(TicketEventData t, NotificationKind kind, Urgency urgency, String title, String body) {
        return new Draft(Audience.PROJECT_TEAM, t.projectId().toString(), kind, urgency, title, body, t.projectId(), t.ticketId());
    }

    private static Draft user(TicketEventData t, String subject, NotificationKind kind, Urgency urgency, String title, String body) {
        return new Draft(Audience.USER, subject, kind, urgency, title, body, t.projectId(), t.ticketId());
    }

    private static Draft supervisors(TicketEventData t, NotificationKind kind, String title, String body) {
        return new Draft(Audience.DISTRICT_SUPERVISORS, t.district(), kind, Urgency.URGENT, title, body, t.projectId(), t.ticketId());
    }
}
