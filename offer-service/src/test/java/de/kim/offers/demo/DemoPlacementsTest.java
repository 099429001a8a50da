package de.kim.offers.demo;

import static de.kim.offers.offer.OfferFixtures.as;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.offers.offer.OfferFixtures;
import de.kim.platform.demo.DemoData;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.security.Roles;

/**
 * The demo step plays the providers for the demo caseload only: demo placements start, and those requested long ago
 * end; a real referral is never touched.
 */
@QuarkusTest
@TestProfile(DemoPlacementsTest.Switched.class)
class DemoPlacementsTest {

    /** The switch on, a run every second. */
    public static class Switched implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kim.demo.placements.enabled", "true", "kim.demo.placements.every", "1s");
        }
    }

    KafkaBroker broker;

    @Inject
    ObjectMapper json;

    @Test
    void demoPlacementsMoveOnAsTimeHasPassedAndRealOnesStayAsTheyAre() {
        UUID lunen = new OfferFixtures(broker).municipality("Lünen", "NORD");
        String provider = OfferFixtures.provider("Volkshochschule Demo", "vhs-demo-" + UUID.randomUUID());
        UUID offer = UUID.fromString(as(Roles.ADMIN).body(OfferFixtures.offer(provider, lunen, "Sprachkurs Deutsch A1"))
                .post("/api/offers").then().statusCode(201).extract().path("id"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // The share of a placement follows from its id: 50 starts and then completes, 5 drops out at once.
        UUID longAgo = request(offer, now.minusDays(200), 50, DemoData.REFERRAL_NOTE);
        UUID aMonthAgo = request(offer, now.minusDays(30), 150, DemoData.REFERRAL_NOTE);
        UUID neverCame = request(offer, now.minusDays(30), 5, DemoData.REFERRAL_NOTE);
        UUID justNow = request(offer, now.minusDays(2), 250, DemoData.REFERRAL_NOTE);
        UUID real = request(offer, now.minusDays(200), 350, "kommt mit Kinderwagen");

        awaitStatus(longAgo, "COMPLETED");
        awaitStatus(aMonthAgo, "STARTED");
        awaitStatus(neverCame, "DROPPED_OUT");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> "ACCEPTED".equals(status(justNow)) && "ACCEPTED".equals(status(real))
                        && "STARTED".equals(status(aMonthAgo)));
    }

    private UUID request(UUID offer, OffsetDateTime at, long share, String note) {
        UUID referral = new UUID(UUID.randomUUID().getMostSignificantBits(), share);
        ReferralRequested request = new ReferralRequested(referral, offer, "demo-" + share, at, 30, null, null, null,
                note, null);
        try {
            broker.probe().send(KafkaBinding.toRecord("kim.referrals.v1",
                    new CloudEvent(UUID.randomUUID().toString(), "/kim/case-service", ReferralEvents.REQUESTED.type(),
                            referral.toString(), at, 0, json.writeValueAsString(request)
                                    .getBytes(StandardCharsets.UTF_8))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        awaitStatus(referral, null);
        return referral;
    }

    private static void awaitStatus(UUID referral, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String now = status(referral);
            return now != null && (status == null || status.equals(now));
        });
    }

    private static String status(UUID referral) {
        var response = as(Roles.ADMIN).get("/api/referrals/" + referral);
        return response.statusCode() == 200 ? response.path("status") : null;
    }
}
