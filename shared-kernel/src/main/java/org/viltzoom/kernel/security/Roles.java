package org.viltzoom.kernel.security;

/** The roles that the OIDC provider puts into callers' tokens. */
public final class Roles {

    /** Administers accounts, hosts and all training events of a platform. */
    public static final String ADMIN = "vilt-admin";
    /** Runs training events: sees start URLs of events they host. */
    public static final String INSTRUCTOR = "vilt-instructor";
    /** Joins training events: sees join URLs only. */
    public static final String LEARNER = "vilt-learner";
    /** Another service of the suite, for internal APIs; may act on every platform. */
    public static final String SERVICE = "vilt-service";

    private Roles() {
    }
}
