package cn.zhaoshang.project.registry;

import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.RowScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many projects a list's filter matches among those the caller may see. A district's share is a sum over the
 * group counts PostgreSQL keeps (V14: a few hundred rows at most, where counting reads every match); what staff own or
 * serve outside their district is counted from the indexes on creator and team; a search, or an enterprise's own
 * projects, are counted as they are listed.
 */
@ApplicationScoped
public class ProjectTotals {

    private final EntityManager entityManager;
    private final ProjectAccess access;
    private final Caller caller;

    public ProjectTotals(EntityManager entityManager, ProjectAccess access, Caller caller) {
        this.entityManager = entityManager;
        this.access = access;
        this.caller = caller;
    }

    /** Whether {@link #count} is cheap enough for this filter to count before listing a page: not a search, not an enterprise's. */
    boolean countsAhead(ProjectQuery query) {
        return query.countableByGroups() && !access.listReach().enterprise();
    }

    /**
     * How many projects the list's filter matches for the caller. {@code where} and {@code params} are the list's own
     * condition (scope and filter), for the counts that need it.
     */
    Matches count(ProjectQuery query, String where, Map<String, Object> params) {
        RowScope.Reach reach = access.listReach();
        if (!countsAhead(query)) {
            return Matches.unsplit(count("select count(p) from Project p" + where, params));
        }
        long inDistrict = reach.district().map(district -> groupSum(query, district)).orElse(0L);
        long elsewhere = reach.owned() ? ownedOrServedOutside(query, reach) : 0;
        return new Matches(inDistrict + elsewhere, inDistrict, true);
    }

    /**
     * A filter's matches among the projects a caller sees; when {@code split}, also how many of them lie in the
     * caller's district (the rest are projects a staff member registered or serves elsewhere).
     */
    record Matches(long total, long inDistrict, boolean split) {

        static Matches unsplit(long total) {
            return new Matches(total, 0, false);
        }

        /**
         * The part of {@code reach} that holds every match: a staff member's district alone when nothing they own or
         * serve elsewhere matches, what they own or serve alone when nothing in their district does. Each is a
         * condition PostgreSQL finds through one index, where "district or owned" makes it read one whole filter.
         */
        RowScope.Reach narrow(RowScope.Reach reach) {
            if (!split || !reach.owned()) {
                return reach;
            }
            if (inDistrict == 0) {
                return reach.ownedOnly();
            }
            return inDistrict == total ? reach.districtOnly() : reach;
        }
    }

    private long groupSum(ProjectQuery query, String district) {
        Map<String, Object> params = new TreeMap<>();
        Query sum = entityManager.createNativeQuery("select coalesce(sum(projects), 0) from project_count_fact where "
                + query.groupConditions(district, params));
        params.forEach(sum::setParameter);
        return ((Number) sum.getSingleResult()).longValue();
    }

    /**
     * Matching projects a staff member registered or serves on, outside their district: the creator's, then the
     * team's that are not also the creator's, each an index look-up (one condition with "or" would read every project).
     */
    private long ownedOrServedOutside(ProjectQuery query, RowScope.Reach reach) {
        Map<String, Object> params = new TreeMap<>();
        String filter = query.where(params);
        params.put("callerSubject", caller.subject());
        String outside = reach.district().map(district -> {
            params.put("callerDistrict", district);
            return " and p.districtCode <> :callerDistrict";
        }).orElse("");
        long registered = count("select count(p) from Project p where p.createdBy = :callerSubject" + outside
                + " and " + filter, params);
        long served = count("select count(distinct p.id) from Project p, TeamMember m where m.projectId = p.id"
                + " and m.subject = :callerSubject and (p.createdBy is null or p.createdBy <> :callerSubject)" + outside
                + " and " + filter, params);
        return registered + served;
    }

    private long count(String hql, Map<String, Object> params) {
        TypedQuery<Long> count = entityManager.createQuery(hql, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }
}
