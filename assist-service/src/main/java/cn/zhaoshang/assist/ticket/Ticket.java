package cn.zhaoshang.assist.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import cn.zhaoshang.assist.ticket.escalation.EscalationLadder;
import cn.zhaoshang.assist.ticket.escalation.EscalationLevel;
import cn.zhaoshang.assist.ticket.sla.LimitUnit;
import cn.zhaoshang.assist.ticket.sla.SlaClock;
import cn.zhaoshang.assist.ticket.sla.WorkingCalendar;
import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.text.ChineseText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A 帮办 ticket: an enterprise's problem on one project, owned by whoever accepted it (首问负责制). Each action
 * is one method here: it checks the workflow, changes the ticket, and returns the {@link TicketChange} to
 * record. Who may act, and when "now" is, the service decides and passes in.
 */
@Entity
public class Ticket extends PanacheEntityBase {
    /**
     * SQL over {@code ticket t} at {@code :now}: open and past the response deadline (not yet accepted) or the
     * resolution deadline. A ticket waiting on someone else (paused) is not overdue: its clock stands still.
     */
    public static final String OVERDUE = Status.OPEN_SQL + " and not t.paused"
            + " and (t.resolution_due_at < :now or (t.status = 'SUBMITTED' and t.response_due_at < :now))";

    @Id
    public UUID id;
    @Version
    public long version;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "project_name")
    public String projectName;
    @Column(name = "enterprise_code")
    public String enterpriseCode;
    public String district;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    public String title;
    public String description;
    public String contact;
    @Column(name = "blocks_milestone")
    public String blocksMilestone;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String owner;
    @Column(name = "escalation_level")
    public int escalationLevel;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "response_due_at")
    public Instant responseDueAt;
    @Column(name = "resolution_due_at")
    public Instant resolutionDueAt;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** Waiting on the enterprise or a department: the resolution clock is stopped. */
    public boolean paused;
    @Column(name = "waiting_on")
    public String waitingOn;
    @Column(name = "waiting_department")
    public String waitingDepartment;
    @Column(name = "paused_at")
    public Instant pausedAt;
    /** Working seconds spent waiting so far, already added to the resolution deadline. */
    @Column(name = "paused_seconds")
    public long pausedSeconds;
    public Integer rating;
    @Column(name = "rating_comment")
    public String ratingComment;
    @Column(name = "updated_at")
    public Instant updatedAt;

    // The SLA clocks: when to warn, which resolution round is running, whether a limit was broken.
    @Column(name = "warning_ratio")
    public BigDecimal warningRatio;
    @Column(name = "response_warn_at")
    public Instant responseWarnAt;
    @Column(name = "resolution_warn_at")
    public Instant resolutionWarnAt;
    @Column(name = "resolution_limit_seconds")
    public long resolutionLimitSeconds;
    @Column(name = "resolution_round")
    public int resolutionRound;
    @Column(name = "response_breached")
    public boolean responseBreached;
    @Column(name = "resolution_breached")
    public boolean resolutionBreached;
    /** Working seconds from submission to acceptance; and to the first resolution, waits excluded. */
    @Column(name = "response_seconds")
    public Long responseSeconds;
    @Column(name = "resolution_seconds")
    public Long resolutionSeconds;
    @Column(name = "reopen_count")
    public int reopenCount;
    @Column(name = "confirm_remind_at")
    public Instant confirmRemindAt;
    @Column(name = "auto_close_at")
    public Instant autoCloseAt;
    // 会办
    @Column(name = "meeting_on")
    public LocalDate meetingOn;
    @Column(name = "meeting_topic")
    public String meetingTopic;
    @Column(name = "meeting_decision")
    public String meetingDecision;

    /** The actor of what the service does by itself (SLA alarms, automatic escalation, auto-close). */
    public static final String SYSTEM = "system";

    /** A new ticket on a project, its response and resolution deadlines set from the limits it falls under. */
    public static Ticket submit(UUID projectId, String projectName, String enterpriseCode, String district, NewTicket request,
                                Priority priority, SlaLimits.Limits limits, String submitter, SlaClock clock, Instant now) {
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.projectId = projectId;
        ticket.projectName = projectName;
        ticket.enterpriseCode = enterpriseCode;
        ticket.district = district;
        ticket.category = request.category();
        ticket.priority = priority;
        ticket.title = request.title().strip();
        ticket.description = request.description();
        ticket.contact = request.contact();
        ticket.blocksMilestone = request.blocksMilestone();
        ticket.status = Status.SUBMITTED;
        ticket.submittedBy = submitter;
        ticket.submittedAt = now;
        ticket.warningRatio = limits.warningRatio();
        ticket.responseDueAt = clock.dueAt(now, limits.responseAmount(), limits.responseUnit());
        ticket.responseWarnAt = clock.warningAt(now, ticket.responseDueAt, limits.warningRatio());
        ticket.resolutionDueAt = clock.dueAt(now, limits.resolutionAmount(), limits.resolutionUnit());
        ticket.resolutionWarnAt = clock.warningAt(now, ticket.resolutionDueAt, limits.warningRatio());
        ticket.resolutionLimitSeconds = clock.workingSecondsBetween(now, ticket.resolutionDueAt);
        ticket.updatedAt = now;
        return ticket;
    }

    /** What submitting recorded; separate from {@link #submit}, which makes the ticket before it is stored. */
    public TicketChange submitted() {
        return TicketChange.of(TimelineAction.SUBMITTED, submittedBy, title, Map.of());
    }

    /** 首问负责制: whoever accepts first owns the ticket. */
    public TicketChange accept(String by, SlaClock clock, Instant now) {
        move(Action.ACCEPT, now);
        owner = by;
        responded(clock, now);
        return TicketChange.of(TimelineAction.ACCEPTED, by, null, Map.of());
    }

    /** 交办: ownership passes only by an explicit hand-over. */
    public TicketChange assign(String assignee, String note, String by, SlaClock clock, Instant now) {
        String previous = owner;
        move(Action.ASSIGN, now);
        owner = assignee.strip();
        responded(clock, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", previous);
        detail.put("to", owner);
        detail.put("note", note);
        return TicketChange.of(TimelineAction.ASSIGNED, by, "交办 " + owner + (note == null ? "" : ": " + note), detail);
    }

    /** A comment by the team (public, or an internal note the enterprise never sees) or by the enterprise. */
    public TicketChange comment(String body, boolean internal, boolean byTeam, String by, Instant now) {
        if (internal && !byTeam) {
            throw new InvalidInput("internal", "only the service team writes internal notes");
        }
        move(byTeam ? Action.TEAM_COMMENT : Action.ENTERPRISE_COMMENT, now);
        return new TicketChange(internal ? TimelineAction.INTERNAL_NOTE : TimelineAction.COMMENTED, by, internal, body,
                Map.of("body", body, "byTeam", byTeam));
    }

    /** Resolved: the enterprise is asked to confirm; unconfirmed, the ticket closes itself after {@code autoCloseWorkingDays}. */
    public TicketChange resolve(String resolution, String by, int autoCloseWorkingDays, SlaClock clock, Instant now) {
        move(Action.RESOLVE, now);
        resolvedAt = now;
        if (owner == null) {
            owner = by;
        }
        if (resolutionSeconds == null) {
            resolutionSeconds = Math.max(0, clock.workingSecondsBetween(submittedAt, now) - pausedSeconds);
        }
        resolutionBreached |= now.isAfter(resolutionDueAt);
        autoCloseAt = clock.dueAt(now, autoCloseWorkingDays, LimitUnit.WORKING_DAYS);
        confirmRemindAt = autoCloseWorkingDays > 1 ? clock.dueAt(now, autoCloseWorkingDays - 1, LimitUnit.WORKING_DAYS) : null;
        return TicketChange.of(TimelineAction.RESOLVED, by, resolution, Map.of("resolution", resolution));
    }

    /** Waiting on the enterprise or a department: the resolution clock stops until {@link #resume}. */
    public TicketChange pause(ActionRequests.WaitingOn on, String department, String reason, String by, Instant now) {
        if (on == ActionRequests.WaitingOn.DEPARTMENT && (department == null || department.isBlank())) {
            throw new InvalidInput("department", "name the department the ticket waits on");
        }
        status = TicketWorkflow.next(status, paused, Action.PAUSE);
        paused = true;
        waitingOn = on.name();
        waitingDepartment = on == ActionRequests.WaitingOn.DEPARTMENT ? department.strip() : null;
        pausedAt = now;
        updatedAt = now;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("waitingOn", waitingOn);
        detail.put("department", waitingDepartment);
        detail.put("reason", reason);
        return TicketChange.of(TimelineAction.PAUSED, by,
                "等待" + (waitingDepartment == null ? "企业" : waitingDepartment) + ": " + reason, detail);
    }

    /** The wait's working time moves the resolution deadline out and is kept on the ticket. */
    public TicketChange resume(String by, SlaClock clock, Instant now) {
        status = TicketWorkflow.next(status, paused, Action.RESUME);
        long waited = clock.workingSecondsBetween(pausedAt, now);
        pausedSeconds += waited;
        resolutionDueAt = clock.extendedBy(resolutionDueAt, waited);
        resolutionWarnAt = clock.extendedBy(resolutionWarnAt, waited);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("waitingOn", waitingOn);
        detail.put("department", waitingDepartment);
        detail.put("waitedWorkingMinutes", waited / 60);
        paused = false;
        pausedAt = null;
        waitingOn = null;
        waitingDepartment = null;
        updatedAt = now;
        return TicketChange.of(TimelineAction.RESUMED, by, "等待 " + waited / 60 + " 个工作分钟，办结时限相应顺延", detail);
    }

    /** 跟踪问效: the enterprise confirms the fix and rates it; the ticket is closed. */
    public TicketChange confirm(int stars, String comment, String by, Instant now) {
        move(Action.CONFIRM, now);
        rating = stars;
        ratingComment = comment;
        closedAt = now;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("rating", stars);
        detail.put("comment", comment);
        return TicketChange.of(TimelineAction.CONFIRMED, by, "满意度 " + stars + (comment == null ? "" : ": " + comment), detail);
    }

    /** The enterprise disputes the resolution: the ticket goes back to work with its resolution limit afresh. */
    public TicketChange reopen(String reason, String by, SlaClock clock, Instant now) {
        move(Action.REOPEN, now);
        resolvedAt = null;
        autoCloseAt = null;
        confirmRemindAt = null;
        reopenCount++;
        // a new round, with its own warning and breach
        resolutionDueAt = clock.extendedBy(now, resolutionLimitSeconds);
        resolutionWarnAt = clock.warningAt(now, resolutionDueAt, warningRatio);
        resolutionRound++;
        return TicketChange.of(TimelineAction.REOPENED, by, reason, Map.of("reason", reason));
    }

    /** At 督查, the top of the ladder: nowhere further to escalate. */
    public boolean atTopOf(EscalationLadder ladder) {
        return ladder.above(EscalationLevel.of(escalationLevel)).isEmpty();
    }

    /**
     * 升级: one level up the ladder 专班 → 项目长 → 包联领导 → 督查, by hand or on a breach. The new level gets its
     * own extra working time: the resolution deadline moves out by it and a new resolution round starts.
     */
    public TicketChange escalate(EscalationLadder ladder, String reason, boolean automatic, String by, SlaClock clock,
                                 Instant now) {
        EscalationLevel from = EscalationLevel.of(escalationLevel);
        EscalationLevel to = ladder.above(from).orElseThrow(() -> new Conflict(
                "the ticket is already before " + from.label() + ", the top of the ladder", Map.of("escalationLevel", from)));
        status = TicketWorkflow.next(status, paused, Action.ESCALATE);
        Instant base = resolutionDueAt.isAfter(now) ? resolutionDueAt : now;
        escalationLevel = to.ordinal();
        resolutionDueAt = clock.extendedBy(base, ladder.extraTime(to));
        resolutionWarnAt = clock.warningAt(now, resolutionDueAt, warningRatio);
        resolutionRound++;
        updatedAt = now;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", from);
        detail.put("to", to);
        detail.put("toLabel", to.label());
        detail.put("reason", reason);
        detail.put("automatic", automatic);
        return TicketChange.of(TimelineAction.ESCALATED, by, "升级至" + to.label() + "：" + reason, detail);
    }

    /** 会办: put the ticket before a joint meeting. */
    public TicketChange scheduleMeeting(LocalDate on, String topic, String by, Instant now) {
        move(Action.MEETING, now);
        meetingOn = on;
        meetingTopic = topic;
        meetingDecision = null;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("meetingOn", on);
        detail.put("topic", topic);
        return TicketChange.of(TimelineAction.MEETING_SCHEDULED, by, ChineseText.date(on) + " 会办：" + topic, detail);
    }

    /** The joint meeting's decision, on the timeline for everyone to see. */
    public TicketChange recordMeetingDecision(String decision, String by, Instant now) {
        if (meetingOn == null) {
            throw new Conflict("the ticket has not been put before a joint meeting", Map.of("meetingOn", "none"));
        }
        move(Action.MEETING, now);
        meetingDecision = decision;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("meetingOn", meetingOn);
        detail.put("decision", decision);
        return TicketChange.of(TimelineAction.MEETING_DECIDED, by, "会办决定：" + decision, detail);
    }

    /**
     * The working calendar changed (an official arrangement was loaded): each running limit keeps the working time it
     * gave, counted on the new calendar from when it started (the response and resolution limits from submission, the
     * confirmation window from resolution). Empty when no deadline a person reads moved; else the change to record,
     * naming the notice and each move in Beijing time.
     */
    public Optional<TicketChange> recountDeadlines(WorkingCalendar before, WorkingCalendar after, String notice, Instant now) {
        Map<String, Object> moves = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder("节假日安排调整（" + notice + "）：");
        if (status == Status.SUBMITTED) {
            responseWarnAt = after.recount(submittedAt, responseWarnAt, before);
            responseDueAt = moved("responseDueAt", "响应时限", responseDueAt, after.recount(submittedAt, responseDueAt, before), moves, text);
        }
        if (status.isOpen()) {
            resolutionWarnAt = after.recount(submittedAt, resolutionWarnAt, before);
            resolutionDueAt = moved("resolutionDueAt", "办结时限", resolutionDueAt,
                    after.recount(submittedAt, resolutionDueAt, before), moves, text);
        }
        if (status == Status.RESOLVED) {
            confirmRemindAt = after.recount(resolvedAt, confirmRemindAt, before);
            autoCloseAt = moved("autoCloseAt", "自动办结时间", autoCloseAt, after.recount(resolvedAt, autoCloseAt, before), moves, text);
        }
        if (moves.isEmpty()) {
            return Optional.empty();
        }
        updatedAt = now;
        moves.put("notice", notice);
        return Optional.of(TicketChange.of(TimelineAction.DEADLINES_MOVED, SYSTEM, text.substring(0, text.length() - 1) + "。", moves));
    }

    private static Instant moved(String field, String label, Instant from, Instant to, Map<String, Object> moves, StringBuilder text) {
        if (from != null && !from.equals(to)) {
            moves.put(field, Map.of("from", from, "to", to));
            text.append(label).append("由").append(ChineseText.beijingTime(from)).append("改为")
                    .append(ChineseText.beijingTime(to)).append("；");
        }
        return to;
    }

    /** A limit is close: {@code limit} names it, as {@link SlaState} does. */
    public TicketChange warn(String limit) {
        boolean response = isResponse(limit);
        Instant dueAt = response ? responseDueAt : resolutionDueAt;
        return TicketChange.of(TimelineAction.SLA_WARNING, SYSTEM, (response ? "响应" : "办结") + "时限将至：" + ChineseText.beijingTime(dueAt),
                limitDetail(limit, dueAt));
    }

    /** A limit is broken, and stays on the record as broken. */
    public TicketChange breach(String limit) {
        boolean response = isResponse(limit);
        Instant dueAt = response ? responseDueAt : resolutionDueAt;
        if (response) {
            responseBreached = true;
        } else {
            resolutionBreached = true;
        }
        return TicketChange.of(TimelineAction.SLA_BREACHED, SYSTEM, (response ? "响应" : "办结") + "超时：" + ChineseText.beijingTime(dueAt),
                limitDetail(limit, dueAt));
    }

    /** The enterprise is reminded to confirm before the ticket closes itself. */
    public TicketChange remindToConfirm(int autoCloseWorkingDays) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("autoCloseAt", autoCloseAt);
        return TicketChange.of(TimelineAction.CONFIRM_REMINDER, SYSTEM,
                "请确认办理结果；" + autoCloseWorkingDays + " 个工作日内未确认将自动办结", detail);
    }

    /** 闭环: a resolution the enterprise neither confirmed nor disputed in time is closed, and says so. */
    public TicketChange autoClose(int autoCloseWorkingDays, Instant now) {
        status = TicketWorkflow.next(status, paused, Action.AUTO_CLOSE);
        closedAt = now;
        updatedAt = now;
        return TicketChange.of(TimelineAction.AUTO_CLOSED, SYSTEM, autoCloseWorkingDays + " 个工作日未确认，自动办结",
                Map.of("automatic", true, "workingDays", autoCloseWorkingDays));
    }

    private void move(Action action, Instant now) {
        status = TicketWorkflow.next(status, paused, action);
        updatedAt = now;
    }

    /** The first acceptance or hand-over answers the ticket: the response clock stops there. */
    private void responded(SlaClock clock, Instant now) {
        if (acceptedAt != null) {
            return;
        }
        acceptedAt = now;
        responseSeconds = clock.workingSecondsBetween(submittedAt, now);
        responseBreached |= now.isAfter(responseDueAt);
    }

    private static boolean isResponse(String limit) {
        return limit.equals(SlaState.RESPONSE_LIMIT);
    }

    private static Map<String, Object> limitDetail(String limit, Instant dueAt) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("limit", isResponse(limit) ? "RESPONSE" : "RESOLUTION");
        detail.put("round", limit);
        detail.put("dueAt", dueAt);
        return detail;
    }

    /** With a row lock: one ticket's actions (and their events) happen one after another. */
    public static Optional<Ticket> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public SlaState slaState() {
        return new SlaState(status, paused, responseWarnAt, responseDueAt, resolutionWarnAt, resolutionDueAt,
                resolutionRound, confirmRemindAt, autoCloseAt, reopenCount);
    }
}
