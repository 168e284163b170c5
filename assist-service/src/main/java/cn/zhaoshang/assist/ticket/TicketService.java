package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.assist.inbound.ProjectDirectory;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.problem.Unprocessable;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.assist.ticket.escalation.EscalationLadder;
import cn.zhaoshang.assist.ticket.sla.OfficialCalendar;
import cn.zhaoshang.assist.ticket.sla.SlaClock;
import cn.zhaoshang.assist.ticket.sla.WorkingCalendar;
import cn.zhaoshang.assist.ticket.sla.WorkingTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Submits tickets and carries out their actions: checks who may act, lets the {@link Ticket} decide, and records
 * what it returns (timeline entry and event) in the same transaction.
 */
@ApplicationScoped
@Transactional
public class TicketService {

    private final TicketAccess access;
    private final Caller caller;
    private final ProjectDirectory projects;
    private final SlaLimits limits;
    private final EscalationLadder ladder;
    private final TicketJournal journal;
    private final People people;
    private final OfficialCalendar calendar;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int autoCloseWorkingDays;
    private final long departmentWaitLimitSeconds;

    public TicketService(TicketAccess access, Caller caller, ProjectDirectory projects, SlaLimits limits,
                         EscalationLadder ladder, TicketJournal journal, EntityManager entityManager, Clock clock,
                         OfficialCalendar calendar, TicketSettings settings, People people) {
        this.people = people;
        this.calendar = calendar;
        this.access = access;
        this.caller = caller;
        this.projects = projects;
        this.limits = limits;
        this.ladder = ladder;
        this.journal = journal;
        this.entityManager = entityManager;
        this.clock = clock;
        this.autoCloseWorkingDays = settings.autoClose().workingDays();
        this.departmentWaitLimitSeconds = WorkingTime.parse(settings.departmentWait().limit()).seconds(calendar.secondsPerWorkingDay());
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
        Ticket ticket = Ticket.submit(project.projectId, project.name, project.enterpriseCode, project.district, request,
                priority, limits.of(request.category(), priority), caller.subject(), calendar.forDeadlines(), Instant.now(clock));
        ticket.persist();
        people.remember(caller);
        journal.record(ticket, project, ticket.submitted());
        return TicketView.of(ticket, calendar.current().calendar(), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketView get(UUID id) {
        return TicketView.of(access.readable(id), calendar.current().calendar(), Instant.now(clock));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketPage list(TicketQuery query) {
        Map<String, Object> params = new java.util.HashMap<>();
        String where = " from ticket t where " + access.listCondition(params) + " and " + query.where(params, Instant.now(clock));
        jakarta.persistence.Query count = entityManager.createNativeQuery("select count(*)" + where);
        jakarta.persistence.Query rows = entityManager.createNativeQuery("select t.*" + where + " order by t.submitted_at desc, t.id limit :size offset :skip", Ticket.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        int size = query.effectiveSize();
        // in the SQL, not setMaxResults: Hibernate would scan the native query's text with a regex on every call
        rows.setParameter("size", size).setParameter("skip", (long) query.page() * size);
        List<?> page = rows.getResultList();
        WorkingCalendar known = calendar.current().calendar();
        Instant now = Instant.now(clock);
        return new TicketPage(page.stream().map(t -> TicketView.of((Ticket) t, known, now)).toList(),
                ((Number) count.getSingleResult()).longValue(), query.page(), size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineView> timeline(UUID id) {
        Ticket ticket = access.readable(id);
        return TimelineEntry.of(ticket.id, access.seesInternal()).stream().map(TimelineView::of).toList();
    }

    /** 首问负责制: whoever accepts first owns the ticket. */
    public TicketView accept(UUID id) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        return recorded(ticket, ticket.accept(caller.subject(), slaClock, now()));
    }

    /** 交办: ownership passes only by an explicit hand-over. */
    public TicketView assign(UUID id, ActionRequests.Assign request) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        access.requireAssignable(ticket, request.assignee());
        return recorded(ticket, ticket.assign(request.assignee(), request.note(), caller.subject(), slaClock, now()));
    }

    public TimelineView comment(UUID id, ActionRequests.Comment request) {
        Ticket ticket = access.actionable(id);
        TicketChange change = ticket.comment(request.body(), Boolean.TRUE.equals(request.internal()), access.seesInternal(),
                caller.subject(), now());
        return TimelineView.of(journal.record(ticket, projectOf(ticket), change));
    }

    public TicketView resolve(UUID id, ActionRequests.Resolve request) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        return recorded(ticket, ticket.resolve(request.resolution(), caller.subject(), autoCloseWorkingDays, slaClock, now()));
    }

    public TicketView pause(UUID id, ActionRequests.Pause request) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        TicketChange change = ticket.pause(request.waitingOn(), request.department(), request.reason(), caller.subject(), now());
        TicketWait.begin(ticket, request.reason(), departmentWaitLimitSeconds, slaClock).persist();
        return recorded(ticket, change);
    }

    /** The wait's working time moves the resolution deadline out and is kept on the ticket and the wait. */
    public TicketView resume(UUID id) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = access.actionable(id);
        access.requireTeamWork();
        long waitedBefore = ticket.pausedSeconds;
        Instant now = now();
        TicketChange change = ticket.resume(caller.subject(), slaClock, now);
        TicketWait wait = TicketWait.openOf(ticket.id);
        if (wait != null) {
            wait.end(now, ticket.pausedSeconds - waitedBefore);
        }
        return recorded(ticket, change);
    }

    public TicketView confirm(UUID id, ActionRequests.Confirm request) {
        Ticket ticket = access.actionable(id);
        access.requireEnterprise(ticket);
        return recorded(ticket, ticket.confirm(request.rating(), request.comment(), caller.subject(), now()));
    }

    public TicketView reopen(UUID id, ActionRequests.Reopen request) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = access.actionable(id);
        access.requireEnterprise(ticket);
        return recorded(ticket, ticket.reopen(request.reason(), caller.subject(), slaClock, now()));
    }

    /** 升级: one level up the ladder, with that level's extra time. */
    public TicketView escalate(UUID id, ActionRequests.Escalate request) {
        SlaClock slaClock = calendar.forDeadlines(); // before the ticket's lock, as a calendar load takes them
        Ticket ticket = access.actionable(id);
        access.requireOfficial();
        return recorded(ticket, ticket.escalate(ladder, request.reason(), false, caller.subject(), slaClock, now()));
    }

    /** 会办: put the ticket before a joint meeting. */
    public TicketView scheduleMeeting(UUID id, ActionRequests.Meeting request) {
        Ticket ticket = access.actionable(id);
        access.requireOfficial();
        return recorded(ticket, ticket.scheduleMeeting(request.meetingOn(), request.topic(), caller.subject(), now()));
    }

    /** The joint meeting's decision, on the timeline for everyone to see. */
    public TicketView recordMeetingDecision(UUID id, ActionRequests.MeetingDecision request) {
        Ticket ticket = access.actionable(id);
        access.requireOfficial();
        return recorded(ticket, ticket.recordMeetingDecision(request.decision(), caller.subject(), now()));
    }

    private TicketView recorded(Ticket ticket, TicketChange change) {
        people.remember(caller);
        journal.record(ticket, projectOf(ticket), change);
        return TicketView.of(ticket, calendar.current().calendar(), Instant.now(clock));
    }

    /** Loaded once per action (the access check may already have it in the persistence context). */
    private static KnownProject projectOf(Ticket ticket) {
        return KnownProject.findById(ticket.projectId);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
