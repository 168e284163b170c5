package cn.zhaoshang.chassis.security;

/** The four roles (see the README's security section), as they arrive in the token's {@code groups} claim. */
public final class Roles {
    public static final String ENTERPRISE = "enterprise";
    public static final String STAFF = "staff";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
