package de.kim.platform.events.contract.offers;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/** Events of the offer-service on {@link Topic#OFFERS}. */
public final class OfferEvents {

    /** Full current state of a provider (Träger). */
    public static final EventType<ProviderState> PROVIDER = new EventType<>("de.kim.offers.provider.v1", Topic.OFFERS,
            "provider", ProviderState.class);

    /** Full current state of an offer (Angebot). */
    public static final EventType<OfferState> OFFER = new EventType<>("de.kim.offers.offer.v1", Topic.OFFERS, "offer",
            OfferState.class);

    private OfferEvents() {
    }
}
