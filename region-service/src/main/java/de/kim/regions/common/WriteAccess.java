package de.kim.regions.common;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import de.kim.platform.security.Claims;
import de.kim.platform.security.Roles;

/**
 * Who may change the district's reference data: admins everywhere, coordinators only in the sub-region named by their
 * token's {@code subregion} claim.
 */
@ApplicationScoped
public class WriteAccess {

    private final SecurityIdentity identity;

    WriteAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * @throws ForbiddenException
     *             unless the caller is an admin or that sub-region's coordinator
     */
    public void requireSubregion(String subregionCode) {
        if (identity.hasRole(Roles.ADMIN)) {
            return;
        }
        if (identity.hasRole(Roles.COORDINATOR) && subregionCode.equals(callerSubregion())) {
            return;
        }
        throw new ForbiddenException();
    }

    public void requireAdmin() {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException();
        }
    }

    private String callerSubregion() {
        return Claims.of(identity, Claims.SUBREGION);
    }
}
