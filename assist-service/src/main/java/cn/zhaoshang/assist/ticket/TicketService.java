package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.assist.outbox.Outbox;
import cn.zhaoshang.assist.problem.InvalidInput;
import cn.zhaoshang.assist.problem.ResourceNotFound;
import cn.zhaoshang.assist.problem.Unprocessable;
import cn.zhaoshang.assist.security.Caller;
import cn.zhaoshang.assist.ticket.sla.SlaClock;
import cn.zhaoshang.assist.ticket.sla.SlaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
    private final SlaClock slaClock;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    public TicketService(TicketAccess access, Caller caller, SlaClock slaClock, Outbox outbox, EntityManager entityManager, Clock clock) {
        this.access = access;
        this.caller = caller;
        this.slaClock = slaClock;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public TicketView submit(NewTicket request) {
        KnownProject project = KnownProject.findById(request.projectId());
        if (project == null) {
            throw new Unprocessable("project " + request.projectId() + " is not known to the assist desk");
        }
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
        ticket.responseDueAt = slaClock.dueAt(now, policy.responseAmount, policy.responseUnit);
        ticket.resolutionDueAt = slaClock.dueAt(now, policy.resolutionAmount, policy.resolutionUnit);
        ticket.updatedAt = now;
        ticket.persist();
        record(ticket, "SUBMITTED", false, ticket.title, "ticket.submitted", Map.of());
        return TicketView.of(ticket);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketView get(UUID id) {
        return TicketView.of(access.readable(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketPage list(TicketQuery query) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = " from ticket t where " + access.listCondition(params) + " and " + query.where(params);
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
        ticket.acceptedAt = Instant.now(clock);
        record(ticket, "ACCEPTED", false, null, "ticket.accepted", Map.of());
        return TicketView.of(ticket);
    }

    /** 交办: ownership passes only by an explicit hand-over. */
    public TicketView assign(UUID id, ActionRequests.Assign request) {
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        String previous = ticket.owner;
        move(ticket, Action.ASSIGN);
        ticket.owner = request.assignee().strip();
        if (ticket.acceptedAt == null) {
            ticket.acceptedAt = Instant.now(clock);
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", previous);
        change.put("to", ticket.owner);
        change.put("note", request.note());
        record(ticket, "ASSIGNED", false, "交办 " + ticket.owner + (request.note() == null ? "" : ": " + request.note()),
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
        TimelineEntry entry = record(ticket, internal ? "INTERNAL_NOTE" : "COMMENTED", internal, request.body(),
                internal ? null : "ticket.commented", Map.of("body", request.body(), "byTeam", fromTeam));
        return TimelineView.of(entry);
    }

    public TicketView resolve(UUID id, ActionRequests.Resolve request) {
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        move(ticket, Action.RESOLVE);
        ticket.resolvedAt = Instant.now(clock);
        if (ticket.owner == null) {
            ticket.owner = caller.subject();
        }
        record(ticket, "RESOLVED", false, request.resolution(), "ticket.resolved", Map.of("resolution", request.resolution()));
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
        record(ticket, "PAUSED", false, "等待" + (ticket.waitingDepartment == null ? "企业" : ticket.waitingDepartment) + ": "
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
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("waitingOn", ticket.waitingOn);
        change.put("department", ticket.waitingDepartment);
        change.put("waitedWorkingMinutes", waited / 60);
        ticket.paused = false;
        ticket.pausedAt = null;
        ticket.waitingOn = null;
        ticket.waitingDepartment = null;
        ticket.updatedAt = now;
        record(ticket, "RESUMED", false, "等待 " + waited / 60 + " 个工作分钟，办结时限相应顺延", "ticket.resumed", change);
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
        record(ticket, "CONFIRMED", false, "满意度 " + request.rating() + (request.comment() == null ? "" : ": " + request.comment()),
                "ticket.confirmed", change);
        return TicketView.of(ticket);
    }

    public TicketView reopen(UUID id, ActionRequests.Reopen request) {
        Ticket ticket = access.actionable(id);
        access.requireEnterprise(ticket);
        move(ticket, Action.REOPEN);
        ticket.resolvedAt = null;
        record(ticket, "REOPENED", false, request.reason(), "ticket.reopened", Map.of("reason", request.reason()));
        return TicketView.of(ticket);
    }

    private void move(Ticket ticket, Action action) {
        ticket.status = TicketWorkflow.next(ticket.status, ticket.paused, action);
        ticket.updatedAt = Instant.now(clock);
    }

    /** Timeline entry and (unless {@code eventType} is null) the event, in this transaction. */
    private TimelineEntry record(Ticket ticket, String action, boolean internal, String body, String eventType,
                                 Map<String, Object> change) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.ticketId = ticket.id;
        entry.at = Instant.now(clock);
        entry.actor = caller.subject();
        entry.action = action;
        entry.internal = internal;
        entry.body = body;
        entry.status = ticket.status;
        entry.persist();
        if (eventType != null) {
            entityManager.flush();
            outbox.add(eventType, ticket.id, ticket.projectId, TicketEvents.payload(ticket, entry.actor, change));
        }
        return entry;
    }
}
