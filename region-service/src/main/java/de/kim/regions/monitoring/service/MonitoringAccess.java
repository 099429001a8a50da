package de.kim.regions.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import de.kim.platform.security.Claims;
import de.kim.platform.security.Roles;

/**
 * Analysts and admins read the monitoring of the whole district; a coordinator reads that of their own sub-region
 * (token claim), which is also what they get when they name none.
 */
@ApplicationScoped
public class MonitoringAccess {

    private final SecurityIdentity identity;

    MonitoringAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * @return the sub-region the caller's query is limited to, null for the whole district
     * @throws ForbiddenException
     *             for a coordinator asking for another sub-region (or without one in the token)
     */
    public String subregion(String requested) {
        if (identity.hasRole(Roles.ANALYST) || identity.hasRole(Roles.ADMIN)) {
            return requested;
        }
        String own = Claims.of(identity, Claims.SUBREGION);
        if (!identity.hasRole(Roles.COORDINATOR) || own == null || (requested != null && !requested.equals(own))) {
            throw new ForbiddenException();
        }
        return own;
    }
}
