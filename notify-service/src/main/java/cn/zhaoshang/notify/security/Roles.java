package cn.zhaoshang.notify.security;

/** The roles of API.md, as they arrive in the token's {@code groups} claim. */
public final class Roles {
    public static final String ENTERPRISE = "enterprise";
    public static final String STAFF = "staff";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
