package cn.zhaoshang.chassis.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who sees which rows of a list, the same in every service: admins and city-wide supervisors (explicitly so, see
 * {@link Caller#cityWide()}) see all; staff
 * and supervisors scoped to a district see that district's; staff also see what they own or serve; an
 * enterprise sees its own. A service names, in its query language, where those facts are in its rows; the
 * conditions use the parameters {@code :callerDistrict}, {@code :callerSubject} and {@code :callerEnterprise}.
 *
 * @param district    the row's district, e.g. {@code t.district}
 * @param staffOwns   conditions true for rows a staff member owns or serves
 * @param enterprise  condition true for the calling enterprise's rows
 */
public record RowScope(String district, List<String> staffOwns, String enterprise) {

    /** The condition for this caller; fills {@code params} with what it uses. */
    public String condition(Caller caller, Map<String, Object> params) {
        if (caller.cityWide()) {
            return "true";
        }
        List<String> visible = new ArrayList<>();
        if (caller.is(Roles.SUPERVISOR) || caller.is(Roles.STAFF)) {
            caller.district().ifPresent(d -> {
                params.put("callerDistrict", d);
                visible.add(district + " = :callerDistrict");
            });
        }
        if (caller.is(Roles.STAFF)) {
            params.put("callerSubject", caller.subject());
            visible.addAll(staffOwns);
        }
        if (caller.is(Roles.ENTERPRISE)) {
            params.put("callerEnterprise", caller.enterprise().orElse(""));
            visible.add(enterprise);
        }
        return visible.isEmpty() ? "false" : "(" + String.join(" or ", visible) + ")";
    }

    /**
     * The same rule, for a service that counts rows by district: where the district alone decides which rows the caller
     * sees, {@link Caller#CITY_WIDE} for all of them or the one district; empty when the caller also sees rows for who
     * they are (staff: what they own or serve; an enterprise: its own), or sees none.
     */
    public static Optional<String> districtAlone(Caller caller) {
        if (caller.cityWide()) {
            return Optional.of(Caller.CITY_WIDE);
        }
        if (!caller.is(Roles.SUPERVISOR) || caller.is(Roles.STAFF) || caller.is(Roles.ENTERPRISE)) {
            return Optional.empty();
        }
        return caller.district();
    }
}
