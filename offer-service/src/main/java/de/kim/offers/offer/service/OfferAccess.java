package de.kim.offers.offer.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import de.kim.offers.place.domain.RegionPlace;
import de.kim.offers.provider.domain.Provider;
import de.kim.platform.security.Claims;
import de.kim.platform.security.Roles;

/**
 * Who may manage an offer: admins all; coordinators those in their sub-region; provider staff those
 * of their own provider (token claim {@code provider} = the provider's code).
 */
@ApplicationScoped
public class OfferAccess {

    private final SecurityIdentity identity;

    OfferAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    public void requireManage(Provider provider, RegionPlace municipality) {
        if (identity.hasRole(Roles.ADMIN)) {
            return;
        }
        if (identity.hasRole(Roles.COORDINATOR) && municipality.subregion != null
                && municipality.subregion.equals(claim(Claims.SUBREGION))) {
            return;
        }
        if (identity.hasRole(Roles.PROVIDER_STAFF) && provider.code != null
                && provider.code.equals(claim(Claims.PROVIDER))) {
            return;
        }
        throw new ForbiddenException();
    }

    private String claim(String name) {
        return Claims.of(identity, name);
    }
}
