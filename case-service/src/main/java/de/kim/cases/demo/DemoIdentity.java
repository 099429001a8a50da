package de.kim.cases.demo;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import de.kim.cases.demo.PlannedHousehold.Staff;
import de.kim.platform.security.Claims;
import de.kim.platform.security.Roles;

/**
 * The caller the services see while the demo caseload is written: a case manager of the household's sub-region, with
 * the claims a real token of theirs carries ({@code sub}, {@code subregion}, {@code name}). The services read them
 * from the {@link SecurityIdentity} as for any request, so every access rule, the history's actor and the audit log
 * apply unchanged.
 * <p>
 * How: the generation runs as a scheduled job, which Quarkus runs on a duplicated Vert.x context with a request
 * context of its own; in it the identity is set on the {@link CurrentIdentityAssociation}, exactly as Quarkus' own
 * {@code @RunAsUser} does for scheduled methods (that annotation gives only a name and roles, no token claims). The
 * identity ends with the job's request context and is never visible to a request.
 */
@ApplicationScoped
class DemoIdentity {

    private final CurrentIdentityAssociation association;
    private final Map<String, SecurityIdentity> identities = new ConcurrentHashMap<>();

    DemoIdentity(CurrentIdentityAssociation association) {
        this.association = association;
    }

    /** From now on, in the current request context, the services see {@code staff} as the caller. */
    void actAs(Staff staff) {
        association.setIdentity(identities.computeIfAbsent(staff.subject(), subject -> identity(staff)));
    }

    void clear() {
        association.setIdentity((SecurityIdentity) null);
    }

    private static SecurityIdentity identity(Staff staff) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DemoToken(Map.of("sub", staff.subject(), Claims.SUBREGION, staff.subregion(),
                        "name", staff.name(), "preferred_username", staff.subject(), "groups",
                        Set.of(Roles.CASE_MANAGER))))
                .addRole(Roles.CASE_MANAGER).build();
    }

    /** The claims a token of the realm carries, without a token: nothing is signed, nothing leaves the service. */
    private record DemoToken(Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return (String) claims.get("preferred_username");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
