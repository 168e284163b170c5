package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.assist.inbound.ProjectDirectory;
import cn.zhaoshang.assist.problem.Conflict;
import cn.zhaoshang.assist.problem.InvalidInput;
import cn.zhaoshang.assist.problem.ResourceNotFound;
import cn.zhaoshang.assist.problem.Unprocessable;
import cn.zhaoshang.assist.security.Caller;
import cn.zhaoshang.assist.ticket.escalation.Escalations;
import cn.zhaoshang.assist.ticket.sla.LimitUnit;
import cn.zhaoshang.assist.ticket.sla.SlaClock;
import cn.zhaoshang.assist.ticket.sla.SlaPolicy;
import cn.zhaoshang.assist.ticket.sla.WorkingCalendar;
import cn.zhaoshang.assist.ticket.sla.WorkingDuration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Submits tickets and carries out their actions: each action checks the state machine, writes the timeline and an event. */
@ApplicationScoped
@Transactional
public class TicketService {

    private final TicketAccess access;
    private final Caller caller;
    private final ProjectDirectory projects;
    private final SlaClock slaClock;
    private final TicketJournal journal;
    private final Escalations escalations;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int autoCloseWorkingDays;
    private final long departmentWaitLimitSeconds;

    public TicketService(TicketAccess access, Caller caller, ProjectDirectory projects, SlaClock slaClock,
                         TicketJournal journal, Escalations escalations, EntityManager entityManager, Clock clock,
                         WorkingCalendar calendar,
                         @ConfigProperty(name = "assist.auto-close.working-days") int autoCloseWorkingDays,
                         @ConfigProperty(name = "assist.department-wait.limit") String departmentWaitLimit) {
        this.access = access;
        this.caller = caller;
        this.projects = projects;
        this.slaClock = slaClock;
        this.journal = journal;
        this.escalations = escalations;
        this.entityManager = entityManager;
        this.clock = clock;
        this.autoCloseWorkingDays = autoCloseWorkingDays;
        this.departmentWaitLimitSeconds = WorkingDuration.seconds(departmentWaitLimit, calendar.secondsPerWorkingDay());
    }

    public TicketView submit(NewTicket request) {
        KnownProject project = projects.find(request.projectId())
                .orElseThrow(() -> new Unprocessable("project " + request.projectId() + " does not exist"));
        if (!access.canSeeProject(project)) {
            throw new ResourceNotFound("project", request.projectId());
        }
        if ("TERMINATED".equals(project.stage)) {
            throw new Unprocessable("project " + project.name + " is terminated; it takes no new tickets");
        }
        Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
        SlaPolicy policy = SlaPolicy.of(request.category(), priority);
        Instant now = Instant.now(clock);
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.projectId = project.projectId;
        ticket.projectName = project.name;
        ticket.enterpriseCode = project.enterpriseCode;
        ticket.district = project.district;
        ticket.category = request.category();
        ticket.priority = priority;
        ticket.title = request.title().strip();
        ticket.description = request.description();
        ticket.contact = request.contact();
        ticket.blocksMilestone = request.blocksMilestone();
        ticket.status = Status.SUBMITTED;
        ticket.submittedBy = caller.subject();
        ticket.submittedAt = now;
        ticket.warningRatio = policy.warningRatio;
        ticket.responseDueAt = slaClock.dueAt(now, policy.responseAmount, policy.responseUnit);
        ticket.responseWarnAt = slaClock.warningAt(now, ticket.responseDueAt, policy.warningRatio);
        ticket.resolutionDueAt = slaClock.dueAt(now, policy.resolutionAmount, policy.resolutionUnit);
        ticket.resolutionWarnAt = slaClock.warningAt(now, ticket.resolutionDueAt, policy.warningRatio);
        ticket.resolutionLimitSeconds = slaClock.workingSecondsBetween(now, ticket.resolutionDueAt);
        ticket.updatedAt = now;
        ticket.persist();
        record(ticket, "SUBMITTED", ticket.title, "ticket.submitted", Map.of());
        return TicketView.of(ticket);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketView get(UUID id) {
        return TicketView.of(access.readable(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketPage list(TicketQuery query) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = " from ticket t where " + access.listCondition(params) + " and " + query.where(params, Instant.now(clock));
        jakarta.persistence.Query count = entityManager.createNativeQuery("select count(*)" + where);
        jakarta.persistence.Query rows = entityManager.createNativeQuery("select t.*" + where + " order by t.submitted_at desc, t.id", Ticket.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        int size = query.effectiveSize();
        List<?> page = rows.setFirstResult(query.page() * size).setMaxResults(size).getResultList();
        return new TicketPage(page.stream().map(t -> TicketView.of((Ticket) t)).toList(),
                ((Number) count.getSingleResult()).longValue(), query.page(), size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineView> timeline(UUID id) {
        Ticket ticket = access.readable(id);
        return TimelineEntry.of(ticket.id, access.seesInternal()).stream().map(TimelineView::of).toList();
    }

    /** 首问负责制: whoever accepts first owns the ticket. */
    public TicketView accept(UUID id) {
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        move(ticket, Action.ACCEPT);
        ticket.owner = caller.subject();
        responded(ticket);
        record(ticket, "ACCEPTED", null, "ticket.accepted", Map.of());
        return TicketView.of(ticket);
    }

    /** 交办: ownership passes only by an explicit hand-over. */
    public TicketView assign(UUID id, ActionRequests.Assign request) {
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        String previous = ticket.owner;
        move(ticket, Action.ASSIGN);
        ticket.owner = request.assignee().strip();
        responded(ticket);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", previous);
        change.put("to", ticket.owner);
        change.put("note", request.note());
        record(ticket, "ASSIGNED", "交办 " + ticket.owner + (request.note() == null ? "" : ": " + request.note()),
                "ticket.assigned", change);
        return TicketView.of(ticket);
    }

    public TimelineView comment(UUID id, ActionRequests.Comment request) {
        Ticket ticket = access.actionable(id);
        boolean internal = Boolean.TRUE.equals(request.internal());
        boolean fromTeam = access.seesInternal();
        if (internal && !fromTeam) {
            throw new InvalidInput("internal", "only the service team writes internal notes");
        }
        move(ticket, fromTeam ? Action.TEAM_COMMENT : Action.ENTERPRISE_COMMENT);
        TimelineEntry entry = journal.record(ticket, caller.subject(), internal ? "INTERNAL_NOTE" : "COMMENTED", internal,
                request.body(), internal ? null : "ticket.commented", Map.of("body", request.body(), "byTeam", fromTeam));
        return TimelineView.of(entry);
    }

    public TicketView resolve(UUID id, ActionRequests.Resolve request) {
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        move(ticket, Action.RESOLVE);
        Instant now = Instant.now(clock);
        ticket.resolvedAt = now;
        if (ticket.owner == null) {
            ticket.owner = caller.subject();
        }
        if (ticket.resolutionSeconds == null) {
            ticket.resolutionSeconds = Math.max(0, slaClock.workingSecondsBetween(ticket.submittedAt, now) - ticket.pausedSeconds);
        }
        ticket.resolutionBreached |= now.isAfter(ticket.resolutionDueAt);
        ticket.autoCloseAt = slaClock.dueAt(now, autoCloseWorkingDays, LimitUnit.WORKING_DAYS);
        ticket.confirmRemindAt = autoCloseWorkingDays > 1
                ? slaClock.dueAt(now, autoCloseWorkingDays - 1, LimitUnit.WORKING_DAYS) : null;
        record(ticket, "RESOLVED", request.resolution(), "ticket.resolved", Map.of("resolution", request.resolution()));
        return TicketView.of(ticket);
    }

    public TicketView pause(UUID id, ActionRequests.Pause request) {
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        if (request.waitingOn() == ActionRequests.WaitingOn.DEPARTMENT && (request.department() == null || request.department().isBlank())) {
            throw new InvalidInput("department", "name the department the ticket waits on");
        }
        ticket.status = TicketWorkflow.next(ticket.status, ticket.paused, Action.PAUSE);
        ticket.paused = true;
        ticket.waitingOn = request.waitingOn().name();
        ticket.waitingDepartment = request.waitingOn() == ActionRequests.WaitingOn.DEPARTMENT ? request.department().strip() : null;
        ticket.pausedAt = Instant.now(clock);
        ticket.updatedAt = ticket.pausedAt;
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("waitingOn", ticket.waitingOn);
        change.put("department", ticket.waitingDepartment);
        change.put("reason", request.reason());
        startWait(ticket, request.reason());
        record(ticket, "PAUSED", "等待" + (ticket.waitingDepartment == null ? "企业" : ticket.waitingDepartment) + ": "
                + request.reason(), "ticket.paused", change);
        return TicketView.of(ticket);
    }

    /** The wait's working time moves the resolution deadline out and is kept on the ticket. */
    public TicketView resume(UUID id) {
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        ticket.status = TicketWorkflow.next(ticket.status, ticket.paused, Action.RESUME);
        Instant now = Instant.now(clock);
        long waited = slaClock.workingSecondsBetween(ticket.pausedAt, now);
        ticket.pausedSeconds += waited;
        ticket.resolutionDueAt = slaClock.extendedBy(ticket.resolutionDueAt, waited);
        ticket.resolutionWarnAt = slaClock.extendedBy(ticket.resolutionWarnAt, waited);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("waitingOn", ticket.waitingOn);
        change.put("department", ticket.waitingDepartment);
        change.put("waitedWorkingMinutes", waited / 60);
        endWait(ticket, now, waited);
        ticket.paused = false;
        ticket.pausedAt = null;
        ticket.waitingOn = null;
        ticket.waitingDepartment = null;
        ticket.updatedAt = now;
        record(ticket, "RESUMED", "等待 " + waited / 60 + " 个工作分钟，办结时限相应顺延", "ticket.resumed", change);
        return TicketView.of(ticket);
    }

    public TicketView confirm(UUID id, ActionRequests.Confirm request) {
        Ticket ticket = access.actionable(id);
        access.requireEnterprise(ticket);
        move(ticket, Action.CONFIRM);
        ticket.rating = request.rating();
        ticket.ratingComment = request.comment();
        ticket.closedAt = Instant.now(clock);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("rating", request.rating());
        change.put("comment", request.comment());
        record(ticket, "CONFIRMED", "满意度 " + request.rating() + (request.comment() == null ? "" : ": " + request.comment()),
                "ticket.confirmed", change);
        return TicketView.of(ticket);
    }

    public TicketView reopen(UUID id, ActionRequests.Reopen request) {
        Ticket ticket = access.actionable(id);
        access.requireEnterprise(ticket);
        move(ticket, Action.REOPEN);
        Instant now = Instant.now(clock);
        ticket.resolvedAt = null;
        ticket.autoCloseAt = null;
        ticket.confirmRemindAt = null;
        ticket.reopenCount++;
        // a reopened ticket gets its resolution limit afresh, as a new round with its own warning and breach
        ticket.resolutionDueAt = slaClock.extendedBy(now, ticket.resolutionLimitSeconds);
        ticket.resolutionWarnAt = slaClock.warningAt(now, ticket.resolutionDueAt, ticket.warningRatio);
        ticket.resolutionRound++;
        record(ticket, "REOPENED", request.reason(), "ticket.reopened", Map.of("reason", request.reason()));
        return TicketView.of(ticket);
    }

    /** 升级: one level up the ladder, with that level's extra time. */
    public TicketView escalate(UUID id, ActionRequests.Escalate request) {
        Ticket ticket = access.actionable(id);
        access.requireOfficial();
        escalations.escalate(ticket, caller.subject(), request.reason(), false);
        return TicketView.of(ticket);
    }

    /** 会办: put the ticket before a joint meeting. */
    public TicketView scheduleMeeting(UUID id, ActionRequests.Meeting request) {
        Ticket ticket = access.actionable(id);
        access.requireOfficial();
        move(ticket, Action.MEETING);
        ticket.meetingOn = request.meetingOn();
        ticket.meetingTopic = request.topic();
        ticket.meetingDecision = null;
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("meetingOn", request.meetingOn());
        change.put("topic", request.topic());
        record(ticket, "MEETING_SCHEDULED", request.meetingOn() + " 会办：" + request.topic(), "ticket.meeting-scheduled", change);
        return TicketView.of(ticket);
    }

    /** The joint meeting's decision, on the timeline for everyone to see. */
    public TicketView recordMeetingDecision(UUID id, ActionRequests.MeetingDecision request) {
        Ticket ticket = access.actionable(id);
        access.requireOfficial();
        if (ticket.meetingOn == null) {
            throw new Conflict("the ticket has not been put before a joint meeting", Map.of("meetingOn", "none"));
        }
        move(ticket, Action.MEETING);
        ticket.meetingDecision = request.decision();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("meetingOn", ticket.meetingOn);
        change.put("decision", request.decision());
        record(ticket, "MEETING_DECIDED", "会办决定：" + request.decision(), "ticket.meeting-decided", change);
        return TicketView.of(ticket);
    }

    private void move(Ticket ticket, Action action) {
        ticket.status = TicketWorkflow.next(ticket.status, ticket.paused, action);
        ticket.updatedAt = Instant.now(clock);
    }

    /** The first acceptance or hand-over answers the ticket: the response clock stops there. */
    private void responded(Ticket ticket) {
        if (ticket.acceptedAt != null) {
            return;
        }
        Instant now = Instant.now(clock);
        ticket.acceptedAt = now;
        ticket.responseSeconds = slaClock.workingSecondsBetween(ticket.submittedAt, now);
        ticket.responseBreached |= now.isAfter(ticket.responseDueAt);
    }

    private void startWait(Ticket ticket, String reason) {
        TicketWait wait = new TicketWait();
        wait.id = UUID.randomUUID();
        wait.ticketId = ticket.id;
        wait.waitingOn = ticket.waitingOn;
        wait.department = ticket.waitingDepartment;
        wait.reason = reason;
        wait.startedAt = ticket.pausedAt;
        wait.dueAt = ticket.waitingDepartment == null ? null : slaClock.extendedBy(ticket.pausedAt, departmentWaitLimitSeconds);
        wait.persist();
    }

    private void endWait(Ticket ticket, Instant now, long waitedWorkingSeconds) {
        TicketWait wait = TicketWait.openOf(ticket.id);
        if (wait != null) {
            wait.endedAt = now;
            wait.workingSeconds = waitedWorkingSeconds;
        }
    }

    private TimelineEntry record(Ticket ticket, String action, String body, String eventType, Map<String, Object> change) {
        return journal.record(ticket, caller.subject(), action, body, eventType, change);
    }
}
