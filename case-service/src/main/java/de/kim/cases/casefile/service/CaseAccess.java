package de.kim.cases.casefile.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import de.kim.platform.security.Claims;
import de.kim.platform.security.Roles;

/**
 * Cases are seen and changed by the case managers and coordinators of their sub-region (token claim
 * {@code subregion}); for everyone else a case does not exist, so ids cannot be probed across sub-regions.
 */
@ApplicationScoped
public class CaseAccess {

    private final SecurityIdentity identity;

    CaseAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's sub-region; empty (matching no case) when the token has none. */
    public String subregion() {
        String claim = Claims.of(identity, Claims.SUBREGION);
        return claim == null ? "" : claim;
    }

    /** The caller's identity-provider subject (token {@code sub}). */
    public String subject() {
        return Claims.subject(identity);
    }

    /** The caller's name as people read it in the history (token {@code name}). */
    public String displayName() {
        return Claims.displayName(identity);
    }

    /** The authority the caller acts for (authority staff), or null for the KIM case management. */
    public String authority() {
        return Claims.of(identity, Claims.AUTHORITY);
    }

    /** Another claim of the caller's token (e.g. email, phone_number), or null. */
    public String claim(String name) {
        return Claims.of(identity, name);
    }

    public boolean isCoordinator() {
        return identity.hasRole(Roles.COORDINATOR);
    }
}
