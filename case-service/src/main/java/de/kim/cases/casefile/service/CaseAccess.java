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

    public boolean isCoordinator() {
        return identity.hasRole(Roles.COORDINATOR);
    }
}
