package de.kim.offers.offer.domain;

import java.util.UUID;

/**
 * An offer got more places (a higher capacity, or none any more). Fired in the transaction of the change, so the
 * people on its waitlist move up at once instead of a new referral taking the place ahead of them.
 */
public record OfferPlacesAdded(UUID offerId) {
}
