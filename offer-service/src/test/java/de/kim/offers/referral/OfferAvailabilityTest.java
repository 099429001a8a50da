package de.kim.offers.referral;

import static de.kim.offers.offer.OfferFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.offers.offer.OfferFixtures;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.security.Roles;

/** What an offer answer says about its places: free ones, or that a new referral goes to the waitlist. */
@QuarkusTest
class OfferAvailabilityTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2027, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    KafkaBroker broker;

    @Inject
    ObjectMapper json;

    private ReferralFixtures referrals;
    private UUID lunen;
    private String provider;

    @BeforeEach
    void provider() {
        referrals = new ReferralFixtures(broker, json);
        lunen = new OfferFixtures(broker).municipality("Lünen", "NORD");
        provider = OfferFixtures.provider("Träger " + UUID.randomUUID(), null);
    }

    @Test
    void countsFreePlacesUntilNewReferralsGoToTheWaitlist() {
        String offer = offer(2);
        availability(offer).body("taken", equalTo(0)).body("free", equalTo(2)).body("waiting", equalTo(0))
                .body("newReferralsWaitlisted", equalTo(false));

        request(offer, 0);
        availability(offer).body("taken", equalTo(1)).body("free", equalTo(1))
                .body("newReferralsWaitlisted", equalTo(false));
        request(offer, 1);
        UUID third = request(offer, 2);
        ReferralFixtures.awaitStatus(third, "WAITLISTED");

        availability(offer).body("taken", equalTo(2)).body("free", equalTo(0)).body("waiting", equalTo(1))
                .body("newReferralsWaitlisted", equalTo(true));
        as(Roles.CASE_MANAGER).queryParam("municipality", lunen.toString()).queryParam("size", 100)
                .get("/api/offers").then().statusCode(200)
                .body("items.find { it.id == '" + offer + "' }.availability.free", equalTo(0))
                .body("items.find { it.id == '" + offer + "' }.availability.newReferralsWaitlisted", equalTo(true));
    }

    @Test
    void anOfferWithoutCapacityAlwaysHasAPlace() {
        String offer = offer(null);
        request(offer, 0);

        availability(offer).body("taken", equalTo(1)).body("free", nullValue())
                .body("newReferralsWaitlisted", equalTo(false));
    }

    /** Otherwise the next new referral would take the new place ahead of those waiting. */
    @Test
    void moreCapacityMovesTheWaitlistUpAtOnce() {
        String offer = offer(1);
        request(offer, 0);
        UUID waiting = request(offer, 1);
        ReferralFixtures.awaitStatus(waiting, "WAITLISTED");

        Map<String, Object> bigger = OfferFixtures.offer(provider, lunen, "Kurs " + offer);
        bigger.put("capacity", 2);
        String etag = as(Roles.ADMIN).get("/api/offers/" + offer).then().extract().header("ETag");
        as(Roles.ADMIN).header("If-Match", etag).body(bigger).put("/api/offers/" + offer).then().statusCode(200)
                .body("availability.taken", equalTo(2)).body("availability.waiting", equalTo(0))
                .body("availability.free", equalTo(0));
        as(Roles.ADMIN).get("/api/referrals/" + waiting).then().body("status", equalTo("ACCEPTED"));
    }

    private static ValidatableResponse availability(String offer) {
        return as(Roles.CASE_MANAGER).get("/api/offers/" + offer).then().statusCode(200).rootPath("availability");
    }

    private UUID request(String offer, int minute) {
        UUID referral = UUID.randomUUID();
        return referrals.request(new ReferralRequested(referral, UUID.fromString(offer), "fall-" + minute,
                T0.plusMinutes(minute), 30, null, null, null, null, null));
    }

    private String offer(Integer capacity) {
        String title = "Kurs " + UUID.randomUUID();
        Map<String, Object> body = OfferFixtures.offer(provider, lunen, title);
        body.put("capacity", capacity);
        String id = as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201).extract().path("id");
        return id;
    }
}
