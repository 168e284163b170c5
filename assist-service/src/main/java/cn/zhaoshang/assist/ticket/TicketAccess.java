package cn.zhaoshang.assist.ticket;

import cn.zhaoshang.assist.inbound.KnownProject;
import cn.zhaoshang.chassis.problem.InvalidInput;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.chassis.security.RowScope;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and work on which ticket. Enterprise users: their own enterprise's tickets. Staff: tickets of
 * projects whose team they are on, of their district, or that they own. Supervisors: their district (or all
 * when city-wide), read and escalate. Admins: all. What a caller may not see does not exist for them (404).
 */
@RequestScoped
public class TicketAccess {

    private final Caller caller;

    public TicketAccess(Caller caller) {
        this.caller = caller;
    }

    boolean canSeeProject(KnownProject project) {
        if (caller.cityWide() || (caller.is(Roles.SUPERVISOR) && caller.oversees(project.district))) {
            return true;
        }
        Optional<String> district = caller.district();
        if (caller.is(Roles.STAFF) && (district.map(project.district::equals).orElse(false) || onTeam(project))) {
            return true;
        }
        return caller.is(Roles.ENTERPRISE) && caller.enterprise().map(project.enterpriseCode::equals).orElse(false);
    }

    Ticket readable(UUID id) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("ticket", id));
        if (!canSee(ticket)) {
            throw new ResourceNotFound("ticket", id);
        }
        return ticket;
    }

    /** The ticket, row-locked, if the caller may act on it at all. */
    Ticket actionable(UUID id) {
        Ticket ticket = Ticket.lockedById(id).orElseThrow(() -> new ResourceNotFound("ticket", id));
        if (!canSee(ticket)) {
            throw new ResourceNotFound("ticket", id);
        }
        return ticket;
    }

    /** Team work (accept, assign, resolve, internal notes) is for the project's staff and admins. */
    void requireTeamWork() {
        if (!caller.isAdmin() && !caller.is(Roles.STAFF)) {
            throw new ForbiddenException("only the project's service team works on tickets");
        }
    }

    /**
     * 交办 only to someone who may work the ticket: a member of its project's 专班 (chief, leader in charge,
     * members, as the project's events say), or the caller taking it on themselves as staff of its district. The
     * service keeps no directory of other districts' staff, so a third person outside the 专班 is refused.
     */
    void requireAssignable(Ticket ticket, String assignee) {
        String who = assignee.strip();
        KnownProject project = KnownProject.findById(ticket.projectId);
        boolean onTeam = project != null && (who.equals(project.chief) || who.equals(project.leaderInCharge)
                || project.members.contains(who));
        boolean districtStaffTakingIt = who.equals(caller.subject()) && caller.is(Roles.STAFF) && project != null
                && caller.district().map(project.district::equals).orElse(false);
        if (!onTeam && !districtStaffTakingIt) {
            throw new InvalidInput("assignee", "'" + who + "' is not on this project's 专班; a ticket is assigned to a"
                    + " member of the 专班, or taken on by staff of the project's district themselves");
        }
    }

    /** Escalation and 会办 are for officials: staff, supervisors, admins. */
    void requireOfficial() {
        if (!caller.isOfficial()) {
            throw new ForbiddenException("only officials escalate a ticket or put it before a joint meeting");
        }
    }

    /** Confirming and reopening belong to the enterprise that asked. */
    void requireEnterprise(Ticket ticket) {
        if (!caller.is(Roles.ENTERPRISE) || !caller.enterprise().map(ticket.enterpriseCode::equals).orElse(false)) {
            throw new ForbiddenException("only the enterprise that submitted the ticket confirms or reopens it");
        }
    }

    /** The same rule as {@link #readable} as SQL over {@code ticket t}, for lists. */
    private static final RowScope LIST_SCOPE = new RowScope("t.district", List.of("t.owner = :callerSubject",
            "exists (select 1 from known_project k where k.project_id = t.project_id and (k.chief = :callerSubject"
                    + " or k.leader_in_charge = :callerSubject or k.members @> jsonb_build_array(cast(:callerSubject as text))))"),
            "t.enterprise_code = :callerEnterprise");

    String listCondition(Map<String, Object> params) {
        return LIST_SCOPE.condition(caller, params);
    }

    boolean seesInternal() {
        return caller.isOfficial();
    }

    private boolean canSee(Ticket ticket) {
        if (caller.isAdmin() || (caller.isOfficial() && caller.subject().equals(ticket.owner))) {
            return true;
        }
        KnownProject project = KnownProject.findById(ticket.projectId);
        return project != null && canSeeProject(project);
    }

    private boolean onTeam(KnownProject project) {
        String me = caller.subject();
        return me.equals(project.chief) || me.equals(project.leaderInCharge) || project.members.contains(me);
    }
}
