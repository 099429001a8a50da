package de.kim.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The claims of the realm's tokens that scope what a caller may see and change. */
public final class Claims {

    /** Sub-region code of case managers and coordinators, e.g. NORD. */
    public static final String SUBREGION = "subregion";
    /** Authority of authority staff and agency systems, e.g. JOBCENTER. */
    public static final String AUTHORITY = "authority";
    /** Provider code of provider staff, e.g. caritas-lsw. */
    public static final String PROVIDER = "provider";

    private Claims() {
    }

    /** The claim's value, or null when the caller has none (or no token). */
    public static String of(SecurityIdentity identity, String claim) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(claim) : null;
    }

    /**
     * How the caller is called: the token's {@code name} (given and family name), else the user name; null for a
     * service account without either.
     */
    public static String displayName(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            return name != null ? name : token.getClaim("preferred_username");
        }
        return null;
    }

    /** The caller's identity-provider subject (token {@code sub}), the stable id of a person or service account. */
    public static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }
}
