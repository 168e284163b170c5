package cn.zhaoshang.notify.inbound;

import cn.zhaoshang.notify.inbox.Audience;
import cn.zhaoshang.notify.inbox.Draft;
import cn.zhaoshang.notify.inbox.Draft.Urgency;

import java.util.ArrayList;
import java.util.List;

/**
 * Which event notifies whom, with what text: one table, read top to bottom. Plain Java, tested without Quarkus.
 * The enterprise hears of its ticket's progress; the team of new, handed-over, late and reopened work;
 * the district's supervisors of breaches, escalations, coming breaches of urgent or milestone-blocking tickets,
 * and major projects moving.
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    public static List<Draft> forProjectEvent(String type, ProjectFacts p) {
        return switch (type) {
            case "project.stage-changed" -> p.major() ? List.of(new Draft(Audience.DISTRICT_SUPERVISORS, p.district(),
                    "MAJOR_PROJECT_STAGE_CHANGED", Urgency.NORMAL,
                    "重特大项目「" + p.name() + "」进入" + ProjectFacts.label(p.change().path("to").asText(p.stage())) + "阶段",
                    "项目「" + p.name() + "」于" + p.change().path("occurredOn").asText("") + "由"
                            + ProjectFacts.label(p.change().path("from").asText("")) + "转入"
                            + ProjectFacts.label(p.change().path("to").asText(p.stage())) + "。",
                    p.projectId(), null)) : List.of();
            case "project.team-assigned" -> List.of(new Draft(Audience.PROJECT_TEAM, p.projectId().toString(),
                    "TEAM_ASSIGNED", Urgency.NORMAL,
                    "项目「" + p.name() + "」专班已组建",
                    "您已在项目「" + p.name() + "」的服务专班中，该项目的帮办诉求将推送给专班。",
                    p.projectId(), null));
            default -> List.of();
        };
    }

    public static List<Draft> forTicketEvent(String type, TicketFacts t) {
        Urgency urgency = t.urgent() ? Urgency.URGENT : Urgency.NORMAL;
        List<Draft> drafts = new ArrayList<>();
        switch (type) {
            case "ticket.submitted" -> {
                drafts.add(enterprise(t, "TICKET_RECEIVED", Urgency.NORMAL, "诉求已收到：" + t.title(),
                        "您提交的诉求" + t.named() + "已登记，专班将按时限响应。"));
                drafts.add(team(t, "NEW_TICKET", urgency, "新帮办诉求：" + t.title(),
                        "项目「" + t.projectName() + "」提交了新诉求「" + t.title() + "」，请及时受理（首问负责）。"));
            }
            case "ticket.accepted" -> drafts.add(enterprise(t, "TICKET_ACCEPTED", Urgency.NORMAL, "诉求已受理：" + t.title(),
                    "您的诉求" + t.named() + "已由 " + t.owner() + " 受理，负责到底。"));
            case "ticket.assigned" -> {
                drafts.add(enterprise(t, "TICKET_ASSIGNED", Urgency.NORMAL, "诉求已交办：" + t.title(),
                        "您的诉求" + t.named() + "已交由 " + t.owner() + " 办理。"));
                drafts.add(user(t, t.change().path("to").asText(t.owner()), "TICKET_ASSIGNED_TO_YOU", urgency,
                        "交办给您：" + t.title(), "诉求" + t.named() + "已交办给您。" + note(t.change().path("note").asText(""))));
            }
            case "ticket.commented" -> {
                if (t.change().path("byTeam").asBoolean(false)) {
                    drafts.add(enterprise(t, "TICKET_ANSWERED", Urgency.NORMAL, "专班回复：" + t.title(),
                            t.change().path("body").asText("")));
                } else if (t.owner() != null) {
                    drafts.add(user(t, t.owner(), "ENTERPRISE_COMMENTED", Urgency.NORMAL, "企业补充：" + t.title(),
                            t.change().path("body").asText("")));
                }
            }
            case "ticket.resolved" -> drafts.add(enterprise(t, "TICKET_RESOLVED", Urgency.NORMAL, "诉求已办理：" + t.title(),
                    "您的诉求" + t.named() + "已办理：" + t.change().path("resolution").asText("") + "。请确认并评价。"));
            case "ticket.confirm-reminder" -> drafts.add(enterprise(t, "CONFIRM_REMINDER", Urgency.NORMAL,
                    "请确认办理结果：" + t.title(), "诉求" + t.named() + "已办理，请确认或提出异议；逾期未确认将自动办结。"));
            case "ticket.confirmed", "ticket.closed" -> drafts.add(enterprise(t, "TICKET_CLOSED", Urgency.NORMAL,
                    "诉求已办结：" + t.title(), "诉求" + t.named() + (type.equals("ticket.closed") ? "逾期未确认，已自动办结。" : "已确认办结，感谢评价。")));
            case "ticket.reopened" -> drafts.add(team(t, "TICKET_REOPENED", urgency, "诉求被退回重办：" + t.title(),
                    "企业对诉求" + t.named() + "的办理不满意：" + t.change().path("reason").asText("")));
            case "ticket.sla-warning" -> {
                String body = "诉求" + t.named() + "的" + limit(t) + "时限将至（" + t.change().path("dueAt").asText("") + "）。";
                drafts.add(team(t, "SLA_WARNING", Urgency.URGENT, "时限预警：" + t.title(), body));
                // 无事不扰: supervisors hear of a coming breach only for urgent tickets and those holding up a milestone
                if (t.urgent() || t.blocksMilestone() != null) {
                    drafts.add(supervisors(t, "SLA_WARNING", "时限预警：" + t.title(), body));
                }
            }
            case "ticket.sla-breached" -> {
                String body = "诉求" + t.named() + "已超过" + limit(t) + "时限（" + t.change().path("dueAt").asText("") + "）。";
                drafts.add(supervisors(t, "SLA_BREACHED", "超时督办：" + t.title(), body));
                drafts.add(team(t, "SLA_BREACHED", Urgency.URGENT, "已超时：" + t.title(), body));
            }
            case "ticket.escalated" -> drafts.add(supervisors(t, "TICKET_ESCALATED",
                    "诉求升级至" + t.change().path("toLabel").asText("") + "：" + t.title(),
                    "诉求" + t.named() + "升级至" + t.change().path("toLabel").asText("") + "："
                            + t.change().path("reason").asText("")));
            default -> {
            }
        }
        return drafts;
    }

    private static String limit(TicketFacts t) {
        return "RESPONSE".equals(t.change().path("limit").asText()) ? "响应" : "办结";
    }

    private static String note(String note) {
        return note.isBlank() ? "" : "说明：" + note;
    }

    private static Draft enterprise(TicketFacts t, String kind, Urgency urgency, String title, String body) {
        return new Draft(Audience.ENTERPRISE, t.enterpriseCode(), kind, urgency, title, body, t.projectId(), t.ticketId());
    }

    private static Draft team(TicketFacts t, String kind, Urgency urgency, String title, String body) {
        return new Draft(Audience.PROJECT_TEAM, t.projectId().toString(), kind, urgency, title, body, t.projectId(), t.ticketId());
    }

    private static Draft user(TicketFacts t, String subject, String kind, Urgency urgency, String title, String body) {
        return new Draft(Audience.USER, subject, kind, urgency, title, body, t.projectId(), t.ticketId());
    }

    private static Draft supervisors(TicketFacts t, String kind, String title, String body) {
        return new Draft(Audience.DISTRICT_SUPERVISORS, t.district(), kind, Urgency.URGENT, title, body, t.projectId(), t.ticketId());
    }
}
