package cn.zhaoshang.notify.inbox;

/** Whom a notification is for; the key says which user, enterprise, project or district. */
public enum Audience {
    USER, ENTERPRISE, PROJECT_TEAM, DISTRICT_SUPERVISORS
}
