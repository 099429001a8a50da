package de.kim.offers.referral;

import static de.kim.offers.offer.OfferFixtures.as;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.referrals.ReferralErased;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.security.Roles;

/** Referral requests as the case-service sends them on kim.referrals.v1 (real Kafka → the offer-service's consumer). */
final class ReferralFixtures {

    private final TopicProbe kafka;
    private final ObjectMapper json;

    ReferralFixtures(KafkaBroker broker, ObjectMapper json) {
        this.kafka = broker.probe();
        this.json = json;
    }

    /** Sends the request and waits until it is decided here. */
    UUID request(ReferralRequested request) {
        try {
            return requestRaw(request.referralId(), json.writeValueAsString(request), request.requestedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request of a given JSON shape, e.g. as an older case-service wrote it. */
    UUID requestRaw(UUID referral, String data, OffsetDateTime at) {
        kafka.send(KafkaBinding.toRecord("kim.referrals.v1", new CloudEvent(UUID.randomUUID().toString(),
                "/kim/case-service", ReferralEvents.REQUESTED.type(), referral.toString(), at, 0,
                data.getBytes(StandardCharsets.UTF_8))));
        awaitStatus(referral, null);
        return referral;
    }

    /** The case-service anonymised the referral's case. */
    void erase(UUID referral) throws JsonProcessingException {
        kafka.send(KafkaBinding.toRecord("kim.referrals.v1", new CloudEvent(UUID.randomUUID().toString(),
                "/kim/case-service", ReferralEvents.ERASED.type(), referral.toString(), OffsetDateTime.now(), 2,
                json.writeValueAsBytes(new ReferralErased(referral)))));
    }

    /** Waits until the referral is known here (with the status, when one is given). */
    static void awaitStatus(UUID referral, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var response = as(Roles.ADMIN).get("/api/referrals/" + referral);
            return response.statusCode() == 200 && (status == null || status.equals(response.path("status")));
        });
    }
}
