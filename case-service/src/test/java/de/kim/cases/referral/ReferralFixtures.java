package de.kim.cases.referral;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

import de.kim.cases.CaseFixtures;
import de.kim.cases.reference.domain.OfferReplica;
import de.kim.cases.reference.domain.ProviderReplica;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.referrals.ReferralEvents;

/** Offers and answers as the offer-service publishes them. */
public final class ReferralFixtures {

    private ReferralFixtures() {
    }

    public static UUID activeOffer(KafkaBroker broker, String providerCode, String title) {
        UUID provider = UUID.randomUUID();
        UUID offer = UUID.randomUUID();
        CaseFixtures.publish(broker, "kim.offers.v1", OfferEvents.PROVIDER.type(), provider, 1,
                "{\"id\":\"" + provider + "\",\"name\":\"Caritas\",\"code\":\"" + providerCode + "\"}");
        CaseFixtures.publish(broker, "kim.offers.v1", OfferEvents.OFFER.type(), offer, 1, "{\"id\":\"" + offer
                + "\",\"providerId\":\"" + provider + "\",\"title\":\"" + title + "\",\"status\":\"ACTIVE\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OfferReplica.count("id = ?1 and active = true", offer) == 1
                        && ProviderReplica.count("id", provider) == 1));
        return offer;
    }

    public static void answer(KafkaBroker broker, String referral, UUID offer, String status, Integer position,
            long version) {
        CaseFixtures.publish(broker, "kim.referrals.v1", ReferralEvents.STATUS.type(), UUID.fromString(referral),
                version, "{\"referralId\":\"" + referral + "\",\"offerId\":\"" + offer + "\",\"status\":\"" + status
                        + "\",\"waitlistPosition\":" + position + ",\"at\":\"2026-12-01T10:00:00Z\"}");
    }
}
