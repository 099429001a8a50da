package de.kim.cases.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.referrals.ReferralEvents;

/** The closed referral loop as the case-service sees it: request out, answers in, silence flagged. */
@QuarkusTest
class ReferralTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    KafkaBroker broker;

    private CaseClient kase;
    private String member;
    private UUID offer;

    @BeforeEach
    void aCaseAndAnOffer() {
        kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        member = kase.read().path("members[0].id");
        offer = ReferralFixtures.activeOffer(broker, "caritas-luenen", "Integrationskurs mit Kinderbetreuung");
    }

    @Test
    void requestIsPublishedPseudonymouslyAndTheAnswerShowsOnTheCase() throws Exception {
        String referral = kase.post("/referrals", Map.of("offerId", offer.toString(), "memberId", member,
                "category", "EDUCATION_WORK")).path("referrals[0].id");
        JsonNode request = requestOf(referral);
        assertThat(request.get("offerId").asText()).isEqualTo(offer.toString());
        assertThat(request.get("ageYears").asInt()).isGreaterThan(30);
        assertThat(request.get("contact").isNull()).isTrue();
        assertThat(request.toString()).doesNotContain("Haddad").doesNotContain(kase.id);
        // Whom the provider calls back: the referring case manager (here without a team entry: their token's name).
        assertThat(request.get("referredBy").get("name").asText()).isEqualTo("fm-NORD");

        long requested = kase.version();
        ReferralFixtures.answer(broker, referral, offer, "WAITLISTED", 2, 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "WAITLISTED".equals(kase.read().path("referrals[0].status")));
        // The answer is a new version of the case (so the views get it).
        assertThat(kase.version()).isEqualTo(requested + 1);
        kase.read().response().then().body("referrals[0].waitlistPosition", equalTo(2));
        // An older answer delivered late changes nothing.
        ReferralFixtures.answer(broker, referral, offer, "ACCEPTED", null, 0);
        ReferralFixtures.answer(broker, referral, offer, "STARTED", null, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> "STARTED".equals(kase.read().path("referrals[0].status")));
    }

    @Test
    void nameGoesToTheProviderOnlyWithItsConsent() throws Exception {
        kase.post("/consents", Map.of("recipientKind", "PROVIDER", "recipient", "caritas-luenen", "categories",
                List.of("MASTER_DATA"), "purpose", "Anmeldung zum Kurs", "legalBasis", "CONSENT",
                "documentReference", "Einwilligung Träger S. 5", "grantedOn", "2026-01-01"));
        String referral = kase.post("/referrals", Map.of("offerId", offer.toString(), "memberId", member,
                "category", "EDUCATION_WORK")).path("referrals[0].id");
        assertThat(requestOf(referral).get("contact").get("name").asText()).isEqualTo("Amira Haddad");
    }

    @Test
    void unansweredReferralBecomesOverdue() {
        kase.post("/referrals", Map.of("offerId", offer.toString(), "memberId", member, "category",
                "EDUCATION_WORK"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(CaseFixtures.caseManager("NORD")
                .get("/api/cases/" + kase.id + "/referrals").path("[0].overdue")));
        List<String> flags = CaseFixtures.caseManager("NORD").queryParam("q", kase.read().<String>path("number"))
                .get("/api/cases/worklist").then().statusCode(200).extract()
                .path("items.find { it.caseId == '" + kase.id + "' }.flags.kind");
        assertThat(flags).contains("REFERRAL_OVERDUE");
    }

    @Test
    void unknownOfferMemberOrNeedIsRefused() {
        long version = kase.version();
        kase.send(Map.of("offerId", UUID.randomUUID().toString(), "memberId", member, "category", "EDUCATION_WORK"))
                .post("/api/cases/" + kase.id + "/referrals").then().statusCode(422)
                .body("errors[0].field", equalTo("offerId"));
        kase.send(Map.of("offerId", offer.toString(), "memberId", UUID.randomUUID().toString(), "category",
                "EDUCATION_WORK")).post("/api/cases/" + kase.id + "/referrals").then().statusCode(422)
                .body("errors[0].field", equalTo("memberId"));
        kase.send(Map.of("offerId", offer.toString(), "memberId", member, "needId", UUID.randomUUID().toString()))
                .post("/api/cases/" + kase.id + "/referrals").then().statusCode(422)
                .body("errors[0].field", equalTo("needId"));
        assertThat(kase.read().<List<?>>path("referrals")).isEmpty();
        assertThat(kase.version()).isEqualTo(version);
    }

    private JsonNode requestOf(String referral) throws Exception {
        CloudEvent event = KafkaBinding.fromRecord(broker.probe().awaitRecord(
                "kim.referrals.v1", r -> referral.equals(r.key()) && new String(r.headers().lastHeader("ce_type")
                        .value(), StandardCharsets.UTF_8).equals(ReferralEvents.REQUESTED.type()),
                Duration.ofSeconds(10)));
        return JSON.readTree(event.data());
    }
}
