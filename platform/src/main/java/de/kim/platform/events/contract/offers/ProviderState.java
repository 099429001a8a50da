package de.kim.platform.events.contract.offers;

import java.util.UUID;

/**
 * A provider (Träger) as published on {@code kim.offers.v1}.
 *
 * @param code the provider's key in staff tokens (claim {@code provider}), e.g. caritas-lsw; optional
 * @param kind MUNICIPALITY, WELFARE_ORGANISATION, ASSOCIATION, VOLUNTEER_INITIATIVE or EDUCATION_PROVIDER
 */
public record ProviderState(UUID id, String name, String code, String kind, String contactEmail,
        String contactPhone) {
}
