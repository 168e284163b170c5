package cn.zhaoshang.project.registry;

import cn.zhaoshang.project.enterprise.Enterprise;
import cn.zhaoshang.chassis.problem.ResourceNotFound;
import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.chassis.security.RowScope;
import cn.zhaoshang.project.team.TeamMember;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and work on which project. Admins: all. Supervisors: their district's projects, or all when
 * their token says city-wide ({@code district: "*"}); without a district, none. Staff: the projects whose team they are on, those they registered,
 * and their district's when their token names one. Enterprise users: their own enterprise's projects,
 * read-only. What a caller may not see does not exist for them (404).
 */
@RequestScoped
public class ProjectAccess {

    private final Caller caller;

    public ProjectAccess(Caller caller) {
        this.caller = caller;
    }

    public Project readable(UUID id) {
        Project project = Project.<Project>findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("project", id));
        requireReadable(project);
        return project;
    }

    /** The project, row-locked for a change, if the caller may change it. */
    public Project workable(UUID id) {
        Project project = Project.lockedById(id).orElseThrow(() -> new ResourceNotFound("project", id));
        requireReadable(project);
        if (!caller.isAdmin() && !caller.is(Roles.STAFF)) {
            throw new ForbiddenException("only the project's staff and admins change projects");
        }
        return project;
    }

    private void requireReadable(Project project) {
        if (!canRead(project)) {
            throw new ResourceNotFound("project", project.id);
        }
    }

    public boolean canRead(Project project) {
        if (caller.cityWide() || (caller.is(Roles.SUPERVISOR) && caller.oversees(project.districtCode))) {
            return true;
        }
        Optional<String> district = caller.district();
        if (caller.is(Roles.STAFF)) {
            return district.map(project.districtCode::equals).orElse(false)
                    || caller.subject().equals(project.createdBy)
                    || TeamMember.isOnTeam(project.id, caller.subject());
        }
        return caller.enterprise()
                .flatMap(Enterprise::byCreditCode)
                .map(e -> e.id.equals(project.enterpriseId))
                .orElse(false);
    }

    /** The same rule as an HQL condition on {@code p}, for lists; {@link ProjectTotals} counts the staff part alike. */
    private static final RowScope LIST_SCOPE = new RowScope("p.districtCode", List.of(
            // One set of ids, not "creator or on the team": alone, PostgreSQL joins it to the few projects it names.
            "p.id in (select o.id from Project o where o.createdBy = :callerSubject"
                    + " union select m.projectId from TeamMember m where m.subject = :callerSubject)"),
            "p.enterpriseId in (select e.id from Enterprise e where e.creditCode = :callerEnterprise)");

    /**
     * Whether the caller may place a project in {@code district}, by registering it there or moving it there: admins
     * anywhere, everyone whose token names a district only in that district.
     */
    public void requireMayPlaceIn(String district) {
        caller.district().filter(own -> !caller.isAdmin() && !own.equals(district)).ifPresent(own -> {
            throw new ForbiddenException("you may place projects in your district (" + own + ") only");
        });
    }

    public String listCondition(Map<String, Object> params) {
        return LIST_SCOPE.condition(caller, params);
    }

    /** The list's condition for a part of the caller's {@link #listReach()}, as {@link RowScope#condition(RowScope.Reach, Caller, Map)}. */
    public String listCondition(RowScope.Reach reach, Map<String, Object> params) {
        return LIST_SCOPE.condition(reach, caller, params);
    }

    /** What decides which projects the caller's list shows, for counting them by district. */
    public RowScope.Reach listReach() {
        return RowScope.reach(caller);
    }
}
