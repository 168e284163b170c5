package cn.zhaoshang.notify.supervision;

import cn.zhaoshang.notify.inbox.Audience;
import cn.zhaoshang.notify.inbox.Draft;
import cn.zhaoshang.notify.inbox.NotificationKind;
import cn.zhaoshang.notify.inbox.StageLabels;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 督查提醒: which reminders a project is due on a day. Each has a key naming its occurrence (the project and
 * the planned date, month or ticket concerned), so it is sent once however often the rules are asked. Plain Java.
 */
public final class SupervisionRules {

    public record Dates(LocalDate plannedOn, LocalDate actualOn) {
    }

    public record Project(UUID id, String name, String district, boolean major, String stage, Map<String, Dates> milestones,
                          String lastReportedMonth) {
    }

    public record BlockingTicket(UUID ticketId, String title, String milestone) {
    }

    public record Reminder(String key, List<Draft> drafts) {
    }

    private static final Set<String> BEFORE_START = Set.of("SIGNED", "REGISTERED", "LAND_ACQUIRED");
    private static final int REPORT_DUE_DAY = 10;
    private static final int RISK_DAYS = 7;

    private SupervisionRules() {
    }

    public static List<Reminder> due(Project p, List<BlockingTicket> tickets, LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        Dates start = p.milestones().get("CONSTRUCTION_STARTED");
        if (BEFORE_START.contains(p.stage()) && start != null && start.plannedOn() != null && start.actualOn() == null
                && start.plannedOn().isBefore(today)) {
            String text = "项目「" + p.name() + "」计划于" + start.plannedOn() + "开工，目前仍处于" + StageLabels.of(p.stage()) + "阶段，已逾期。";
            due.add(new Reminder("start-overdue:" + p.id() + ":" + start.plannedOn(),
                    both(p, NotificationKind.PROJECT_START_OVERDUE, Draft.Urgency.URGENT, "逾期未开工：" + p.name(), text)));
        }
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        if ("CONSTRUCTION_STARTED".equals(p.stage()) && today.getDayOfMonth() >= REPORT_DUE_DAY
                && (p.lastReportedMonth() == null || YearMonth.parse(p.lastReportedMonth()).isBefore(lastMonth))) {
            String text = "在建项目「" + p.name() + "」尚未填报" + lastMonth.getYear() + "年" + lastMonth.getMonthValue()
                    + "月投资完成额（每月10日前填报）。";
            due.add(new Reminder("report-missing:" + p.id() + ":" + lastMonth,
                    both(p, NotificationKind.INVESTMENT_REPORT_MISSING, Draft.Urgency.NORMAL, "投资未填报：" + p.name(), text)));
        }
        for (BlockingTicket t : tickets) {
            Dates milestone = p.milestones().get(t.milestone());
            if (milestone == null || milestone.plannedOn() == null || milestone.actualOn() != null
                    || milestone.plannedOn().isAfter(today.plusDays(RISK_DAYS))) {
                continue;
            }
            boolean passed = milestone.plannedOn().isBefore(today);
            String text = "诉求「" + t.title() + "」未办结，影响项目「" + p.name() + "」" + StageLabels.of(t.milestone())
                    + "节点（计划" + milestone.plannedOn() + (passed ? "，已逾期" : "") + "）。";
            Draft.Urgency urgency = passed ? Draft.Urgency.URGENT : Draft.Urgency.NORMAL;
            List<Draft> drafts = p.major()
                    ? both(p, NotificationKind.MILESTONE_AT_RISK, urgency, "节点风险：" + p.name(), text, t.ticketId())
                    : List.of(draft(Audience.PROJECT_TEAM, p.id().toString(), p, NotificationKind.MILESTONE_AT_RISK, urgency,
                    "节点风险：" + p.name(), text, t.ticketId()));
            due.add(new Reminder("milestone-at-risk:" + t.ticketId() + ":" + t.milestone() + ":" + milestone.plannedOn(), drafts));
        }
        return due;
    }

    private static List<Draft> both(Project p, NotificationKind kind, Draft.Urgency urgency, String title, String text) {
        return both(p, kind, urgency, title, text, null);
    }

    /** The project's team and its district's supervisors. */
    private static List<Draft> both(Project p, NotificationKind kind, Draft.Urgency urgency, String title, String text, UUID ticketId) {
        return List.of(draft(Audience.PROJECT_TEAM, p.id().toString(), p, kind, urgency, title, text, ticketId),
                draft(Audience.DISTRICT_SUPERVISORS, p.district(), p, kind, urgency, title, text, ticketId));
    }

    private static Draft draft(Audience audience, String key, Project p, NotificationKind kind, Draft.Urgency urgency, String title,
                               String text, UUID ticketId) {
        return new Draft(audience, key, kind, urgency, title, text, p.id(), ticketId);
    }
}
