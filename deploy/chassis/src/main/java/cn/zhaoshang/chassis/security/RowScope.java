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
        return condition(reach(caller), caller, params);
    }

    /**
     * The condition for the rows {@code reach} covers: the caller's own {@link #reach}, or a part of it (see
     * {@link Reach#districtOnly()}) when the caller knows the other part holds no matching row.
     */
    public String condition(Reach reach, Caller caller, Map<String, Object> params) {
        if (reach.everyDistrict()) {
            return "true";
        }
        List<String> visible = new ArrayList<>();
        reach.district().ifPresent(d -> {
            params.put("callerDistrict", d);
            visible.add(district + " = :callerDistrict");
        });
        if (reach.owned()) {
            params.put("callerSubject", caller.subject());
            visible.addAll(staffOwns);
        }
        if (reach.enterprise()) {
            params.put("callerEnterprise", caller.enterprise().orElse(""));
            visible.add(enterprise);
        }
        return visible.isEmpty() ? "false" : "(" + String.join(" or ", visible) + ")";
    }

    /** What decides which rows the caller sees; {@link #condition} is built from it. */
    public static Reach reach(Caller caller) {
        if (caller.cityWide()) {
            return new Reach(Optional.of(Caller.CITY_WIDE), false, false);
        }
        boolean staff = caller.is(Roles.STAFF);
        return new Reach(staff || caller.is(Roles.SUPERVISOR) ? caller.district() : Optional.empty(), staff,
                caller.is(Roles.ENTERPRISE));
    }

    /**
     * Which rows a caller sees, for a service that counts rows by district instead of filtering them.
     *
     * @param district   a whole district's rows, or {@link Caller#CITY_WIDE} for every district's
     * @param owned      also the rows a staff member owns or serves, wherever they are
     * @param enterprise also the calling enterprise's rows
     */
    public record Reach(Optional<String> district, boolean owned, boolean enterprise) {

        public boolean everyDistrict() {
            return district.filter(Caller.CITY_WIDE::equals).isPresent();
        }

        /** The district's rows only, not those owned or served elsewhere. */
        public Reach districtOnly() {
            return new Reach(district, false, enterprise);
        }

        /** The rows owned or served only, not the rest of the district's. */
        public Reach ownedOnly() {
            return new Reach(Optional.empty(), owned, enterprise);
        }
    }
}
