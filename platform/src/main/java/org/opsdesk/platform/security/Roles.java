package org.opsdesk.platform.security;

/** Role names, as carried in the token's {@code groups} claim. docs/security.md says what each may do. */
public final class Roles {

    public static final String SERVICE_DESK = "service-desk";
    public static final String TECHNICIAN = "technician";
    public static final String TEAM_MANAGER = "team-manager";
    public static final String ITOCC = "itocc";
    public static final String SOC = "soc";
    public static final String EXECUTIVE = "executive";
    public static final String STRATEGIC_INITIATIVES = "strategic-initiatives";
    public static final String EXECUTIVE_SPONSOR = "executive-sponsor";
    public static final String CIO = "cio";
    public static final String CTO = "cto";
    public static final String SECURITY_OFFICER = "security-officer";
    public static final String DUTY_MANAGER = "duty-manager";
    public static final String COMMUNICATIONS = "communications";
    public static final String CUSTOMER = "customer";
    public static final String MONITORING = "monitoring";
    public static final String INTEGRATION = "integration";
    public static final String ADMIN = "admin";

    /** Claim that carries the customer's organisation. */
    public static final String ORG_CLAIM = "org";

    private Roles() {
    }
}
