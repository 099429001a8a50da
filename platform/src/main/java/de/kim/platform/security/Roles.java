package de.kim.platform.security;

import java.util.Set;

/**
 * The realm roles of the suite (Keycloak realm {@code kim}, token claim {@code groups}). Every endpoint names the roles
 * that may call it; nothing is open to "any authenticated user" by accident.
 */
public final class Roles {

    public static final String CASE_MANAGER = "case-manager";
    public static final String COORDINATOR = "coordinator";
    public static final String AUTHORITY_STAFF = "authority-staff";
    public static final String PROVIDER_STAFF = "provider-staff";
    public static final String ANALYST = "analyst";
    public static final String DPO = "dpo";
    public static final String ADMIN = "admin";
    /** Service accounts of the authorities' own systems (client credentials). */
    public static final String AGENCY_SYSTEM = "agency-system";

    /** Every role of the realm, for checks that go through all of them. */
    public static final Set<String> ALL = Set.of(CASE_MANAGER, COORDINATOR, AUTHORITY_STAFF, PROVIDER_STAFF, ANALYST,
            DPO, ADMIN, AGENCY_SYSTEM);

    private Roles() {
    }
}
