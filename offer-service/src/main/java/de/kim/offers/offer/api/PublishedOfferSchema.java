package de.kim.offers.offer.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.platform.events.contract.offers.OfferState;

/**
 * Keeps the schema of the published offer ({@code de.kim.offers.offer.v1}) in this service's OpenAPI document, where
 * docs/asyncapi.yaml takes it from, now that the API answers with {@link OfferView} instead.
 */
@Schema(name = "OfferState", implementation = OfferState.class, description = "An offer as published on kim.offers.v1 (event de.kim.offers.offer.v1); the API answers with Offer")
final class PublishedOfferSchema {

    private PublishedOfferSchema() {
    }
}
