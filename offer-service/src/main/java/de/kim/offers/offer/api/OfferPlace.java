package de.kim.offers.offer.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.platform.events.contract.regions.Address;

/**
 * Where an offer takes place, with the names of the region-service's places (from this service's replica; null while
 * a place is not known here). Street, postal code and city are the offer's own address as entered, if any; a contact
 * point's address comes with it.
 */
@Schema(name = "OfferPlace")
public record OfferPlace(
        UUID municipalityId,
        String municipalityName,
        UUID quarterId,
        String quarterName,
        UUID contactPointId,
        String contactPointName,
        @Schema(description = "The contact point's address, when the offer is held at one and it is known") Address contactPointAddress,
        @Schema(description = "The offer's own address as entered; show it before the contact point's") String street,
        String postalCode,
        String city) {
}
