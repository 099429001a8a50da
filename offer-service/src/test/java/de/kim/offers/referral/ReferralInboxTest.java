package de.kim.offers.referral;

import static de.kim.offers.offer.OfferFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.offers.offer.OfferFixtures;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.events.contract.referrals.ReferralRequested.ReferredBy;
import de.kim.platform.security.Roles;
import de.kim.platform.vocabulary.Gender;

/**
 * The provider's inbox: what each referral shows to decide on it (the offer, the request, the status, whom to ask,
 * whether an answer is due) and to whom.
 */
@QuarkusTest
class ReferralInboxTest {

    private static final ReferredBy CASE_MANAGER = new ReferredBy("Demo Fallmanagement Nord", "+49 2306 100-211",
            "fm.nord@kreis-unna.example");

    KafkaBroker broker;

    @Inject
    ObjectMapper json;

    private ReferralFixtures referrals;
    private UUID lunen;
    private String code;
    private String provider;

    @BeforeEach
    void offerWithProvider() {
        referrals = new ReferralFixtures(broker, json);
        lunen = new OfferFixtures(broker).municipality("Lünen", "NORD");
        code = "traeger-" + UUID.randomUUID().toString().substring(0, 8);
        provider = OfferFixtures.provider("Träger " + code, code);
    }

    @Test
    void showsTheOfferAndTheReferringCaseManager() {
        String offer = offer("Nähcafé " + code, 5, Map.of());
        OffsetDateTime requestedAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
        UUID referral = referrals.request(request(offer, requestedAt, null, CASE_MANAGER));

        asProvider().get("/api/referrals/" + referral).then().statusCode(200)
                .body("offerId", equalTo(offer))
                .body("offerTitle", equalTo("Nähcafé " + code))
                .body("status", equalTo("ACCEPTED"))
                .body("caseReference", equalTo("fall-" + referral.toString().substring(0, 8)))
                .body("referredBy.name", equalTo("Demo Fallmanagement Nord"))
                .body("referredBy.phone", equalTo("+49 2306 100-211"))
                .body("referredBy.email", equalTo("fm.nord@kreis-unna.example"));
        var listed = asProvider().queryParam("offer", offer).get("/api/referrals").then().statusCode(200).extract();
        assertThat(listed.<String>path("items[0].offerTitle")).isEqualTo("Nähcafé " + code);
        assertThat(listed.<String>path("items[0].referredBy.email")).isEqualTo("fm.nord@kreis-unna.example");
        assertThat(OffsetDateTime.parse(listed.path("items[0].requestedAt"))).isAtSameInstantAs(requestedAt);
    }

    /** Requests sent before referredBy existed have no such field at all; they are decided as before. */
    @Test
    void takesRequestsWithoutReferredBy() {
        String offer = offer("Kurs " + code, 5, Map.of());
        UUID referral = UUID.randomUUID();
        String oldShape = """
                {"referralId":"%s","offerId":"%s","caseReference":"fall-alt","requestedAt":"2027-02-01T09:00:00Z",
                 "ageYears":30,"gender":null,"residenceStatus":null,"contact":null,"note":null}
                """.formatted(referral, offer);
        referrals.requestRaw(referral, oldShape, OffsetDateTime.parse("2027-02-01T09:00:00Z"));

        asProvider().get("/api/referrals/" + referral).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("referredBy", nullValue());
        UUID explicitNull = referrals.request(request(offer, OffsetDateTime.now(ZoneOffset.UTC), null, null));
        asProvider().get("/api/referrals/" + explicitNull).then().body("referredBy", nullValue());
    }

    /**
     * The answer itself is given on arrival; what the provider still owes is whether an accepted person started. That
     * is due when the case manager's worklist would flag it (30 days from the request), and only while accepted.
     */
    @Test
    void anAnswerIsDueOnlyWhileAcceptedAndNotStarted() {
        String offer = offer("Kurs " + code, 1, Map.of("genders", List.of("FEMALE")));
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(40).withNano(0);
        UUID accepted = referrals.request(request(offer, longAgo, Gender.FEMALE, null));
        UUID waitlisted = referrals.request(request(offer, longAgo.plusMinutes(1), Gender.FEMALE, null));
        UUID declined = referrals.request(request(offer, longAgo, Gender.MALE, null));

        var due = asProvider().get("/api/referrals/" + accepted).then().body("status", equalTo("ACCEPTED"))
                .extract();
        assertThat(OffsetDateTime.parse(due.path("answerDueBy"))).isAtSameInstantAs(longAgo.plusDays(30));
        assertThat(due.<Boolean>path("answerOverdue")).isTrue();
        asProvider().get("/api/referrals/" + waitlisted).then().body("status", equalTo("WAITLISTED"))
                .body("answerDueBy", nullValue()).body("answerOverdue", equalTo(false));
        asProvider().get("/api/referrals/" + declined).then().body("status", equalTo("DECLINED"))
                .body("answerDueBy", nullValue());

        String etag = asProvider().get("/api/referrals/" + accepted).then().extract().header("ETag");
        asProvider().header("If-Match", etag).post("/api/referrals/" + accepted + "/start").then().statusCode(200)
                .body("status", equalTo("STARTED")).body("answerDueBy", nullValue())
                .body("answerOverdue", equalTo(false));
    }

    @Test
    void aFreshAcceptedReferralIsNotOverdue() {
        String offer = offer("Kurs " + code, 3, Map.of());
        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        UUID referral = referrals.request(request(offer, today, null, CASE_MANAGER));

        var answer = asProvider().get("/api/referrals/" + referral).then().extract();
        assertThat(OffsetDateTime.parse(answer.path("answerDueBy"))).isAtSameInstantAs(today.plusDays(30));
        assertThat(answer.<Boolean>path("answerOverdue")).isFalse();
    }

    @Test
    void anotherProviderNeitherSeesNorListsTheReferral() {
        String offer = offer("Kurs " + code, 3, Map.of());
        UUID referral = referrals.request(request(offer, OffsetDateTime.now(ZoneOffset.UTC), null, CASE_MANAGER));
        RequestSpecification other = as(Roles.PROVIDER_STAFF, Map.of("provider", "someone-else"));

        other.get("/api/referrals/" + referral).then().statusCode(404);
        as(Roles.PROVIDER_STAFF, Map.of("provider", "someone-else")).queryParam("offer", offer)
                .get("/api/referrals").then().statusCode(200).body("total", equalTo(0));
        as(Roles.CASE_MANAGER).get("/api/referrals/" + referral).then().statusCode(403);
    }

    @Test
    void anErasedReferralForgetsWhoReferredIt() throws Exception {
        String offer = offer("Kurs " + code, 3, Map.of());
        UUID referral = referrals.request(request(offer, OffsetDateTime.now(ZoneOffset.UTC), null, CASE_MANAGER));

        referrals.erase(referral);
        ReferralFixtures.awaitStatus(referral, "DROPPED_OUT");
        String erased = as(Roles.ADMIN).get("/api/referrals/" + referral).then().statusCode(200)
                .body("referredBy", nullValue()).extract().asString();
        assertThat(erased).doesNotContain("Fallmanagement", "100-211", "kreis-unna.example");
    }

    private ReferralRequested request(String offer, OffsetDateTime at, Gender gender, ReferredBy referredBy) {
        UUID referral = UUID.randomUUID();
        return new ReferralRequested(referral, UUID.fromString(offer), "fall-" + referral.toString().substring(0, 8),
                at, 30, gender, null, null, null, referredBy);
    }

    private String offer(String title, int capacity, Map<String, Object> eligibility) {
        Map<String, Object> body = OfferFixtures.offer(provider, lunen, title);
        body.put("capacity", capacity);
        Map<String, Object> rules = new java.util.HashMap<>(
                Map.of("genders", List.of(), "residenceStatuses", List.of()));
        rules.putAll(eligibility);
        body.put("eligibility", rules);
        return as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201).extract().path("id");
    }

    private RequestSpecification asProvider() {
        return as(Roles.PROVIDER_STAFF, Map.of("provider", code));
    }
}
