package de.kim.offers.offer.domain;

/** Only ACTIVE offers are searched by case managers and shown in the public directory. */
public enum OfferStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    ENDED
}
