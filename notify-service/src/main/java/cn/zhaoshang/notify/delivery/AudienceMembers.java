package cn.zhaoshang.notify.delivery;

import cn.zhaoshang.notify.inbox.Audience;

/**
 * SQL saying whether a stored user (preference or webhook owner: subject, enterprise, district, supervises
 * columns under {@code alias}) belongs to an audience {@code :key}: the same rule the inbox applies to tokens.
 */
final class AudienceMembers {

    private AudienceMembers() {
    }

    static String condition(Audience audience, String alias, String subjectColumn) {
        return switch (audience) {
            case USER -> alias + "." + subjectColumn + " = :key";
            case ENTERPRISE -> alias + ".enterprise_code = :key";
            case PROJECT_TEAM -> alias + "." + subjectColumn + " in (select m.subject from project_audience_member m"
                    + " where cast(m.project_id as varchar) = :key)";
            // '*' is stored for city-wide callers (Caller.cityWide); no district (null) is no district's alerts
            case DISTRICT_SUPERVISORS -> alias + ".supervises and (" + alias + ".district = :key or " + alias + ".district = '*')";
        };
    }
}
