package cn.zhaoshang.notify.inbox;

import cn.zhaoshang.chassis.security.Caller;
import cn.zhaoshang.chassis.security.Roles;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who reads an inbox, as their token says: subject, enterprise, district, and whether supervisors' alerts are
 * theirs. A value, so a live stream keeps it after the request that opened it has gone.
 */
public record Reader(String subject, Optional<String> enterprise, Optional<String> district, boolean supervises,
                     boolean cityWide) {

    public static Reader of(Caller caller) {
        return new Reader(caller.subject(), caller.enterprise(), caller.district(),
                caller.is(Roles.SUPERVISOR) || caller.isAdmin(), caller.cityWide());
    }

    /**
     * Whether a notification for this audience is this reader's: the same rule as {@link #audienceCondition}, for a
     * notification in hand ({@code teamMembers}: the project team's members when it was stored, for a team audience).
     */
    boolean concerns(Audience audience, String key, Set<String> teamMembers) {
        switch (audience) {
            case USER:
                return subject.equals(key);
            case PROJECT_TEAM:
                return teamMembers.contains(subject);
            case ENTERPRISE:
                return enterprise.isPresent() && enterprise.get().equals(key);
            case DISTRICT_SUPERVISORS:
                return supervises && (cityWide || district.isPresent() && district.get().equals(key));
            default:
                return false;
        }
    }

    /** SQL over {@code n}: the audiences this reader belongs to now. Sets {@code :sub} and what else it uses. */
    String audienceCondition(Map<String, Object> params) {
        params.put("sub", subject);
        StringBuilder condition = new StringBuilder("((n.audience_type = 'USER' and n.audience_key = :sub)")
                .append(" or (n.audience_type = 'PROJECT_TEAM' and n.audience_key in")
                .append(" (select cast(m.project_id as varchar) from project_audience_member m where m.subject = :sub))");
        enterprise.ifPresent(code -> {
            params.put("enterprise", code);
            condition.append(" or (n.audience_type = 'ENTERPRISE' and n.audience_key = :enterprise)");
        });
        if (supervises && cityWide) {
            condition.append(" or n.audience_type = 'DISTRICT_SUPERVISORS'");
        } else if (supervises && district.isPresent()) {
            params.put("district", district.get());
            condition.append(" or (n.audience_type = 'DISTRICT_SUPERVISORS' and n.audience_key = :district)");
        }
        return condition.append(")").toString();
    }
}
