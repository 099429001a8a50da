package de.kim.offers.referral;

import static de.kim.offers.offer.OfferFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.offers.offer.OfferFixtures;
import de.kim.offers.referral.service.PlacementService;
import de.kim.platform.database.AuditTrailRetention;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.referrals.ReferralErased;
import de.kim.platform.events.contract.referrals.ReferralEvents;
import de.kim.platform.events.contract.referrals.ReferralRequested;
import de.kim.platform.security.Roles;
import de.kim.platform.vocabulary.Gender;

/** The closed referral loop on the provider side: decisions, capacity, waitlist, access. */
@QuarkusTest
class ReferralTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2027, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    KafkaBroker broker;

    @Inject
    PlacementService placements;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrailRetention accessRetention;

    private UUID lunen;
    private String code;
    private String provider;

    @BeforeEach
    void offerWithProvider() {
        lunen = new OfferFixtures(broker).municipality("Lünen", "NORD");
        code = "traeger-" + UUID.randomUUID().toString().substring(0, 8);
        provider = OfferFixtures.provider("Träger " + code, code);
    }

    @Test
    void acceptsUntilFullThenWaitlistsAndPromotesInRequestOrder() {
        String offer = offer(2, Map.of());
        List<UUID> referrals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            referrals.add(request(offer, T0.plusMinutes(i), null));
        }
        awaitStatus(referrals.get(3), "WAITLISTED");
        assertThat(statuses(referrals)).containsExactly("ACCEPTED", "ACCEPTED", "WAITLISTED", "WAITLISTED");
        asProvider().get("/api/referrals/" + referrals.get(3)).then().body("waitlistPosition", equalTo(2));

        transition(referrals.get(0), "start");
        transition(referrals.get(0), "complete");
        assertThat(statuses(referrals)).containsExactly("COMPLETED", "ACCEPTED", "ACCEPTED", "WAITLISTED");
        asProvider().get("/api/referrals/" + referrals.get(3)).then().body("waitlistPosition", equalTo(1));

        transition(referrals.get(1), "drop-out");
        assertThat(statuses(referrals)).containsExactly("COMPLETED", "DROPPED_OUT", "ACCEPTED", "ACCEPTED");
        as(Roles.CASE_MANAGER).queryParam("municipality", lunen.toString()).queryParam("hasFreePlaces", true)
                .get("/api/offers").then().statusCode(200).body("items", empty());
        as(Roles.CASE_MANAGER).queryParam("municipality", lunen.toString()).get("/api/offers").then()
                .body("items.id", contains(offer));
        transition(referrals.get(2), "drop-out");
        as(Roles.CASE_MANAGER).queryParam("municipality", lunen.toString()).queryParam("hasFreePlaces", true)
                .get("/api/offers").then().statusCode(200).body("items.id", contains(offer));
    }

    @Test
    void publishesEachAnswerWithTheNextVersion() {
        UUID referral = request(offer(1, Map.of()), T0, null);

        var record = broker.probe().awaitRecord("kim.referrals.v1",
                r -> referral.toString().equals(r.key())
                        && ReferralEvents.STATUS.type().equals(TopicProbe.header(r, "ce_type")),
                Duration.ofSeconds(20));
        assertThat(TopicProbe.header(record, "ce_aggregateversion")).isEqualTo("1");
        assertThat(TopicProbe.value(record)).contains("\"status\": \"ACCEPTED\"");
    }

    @Test
    void declinesIneligiblePeopleAndInactiveOffers() {
        String forWomen = offer(10, Map.of("genders", List.of("FEMALE")));
        UUID man = request(forWomen, T0, Gender.MALE);
        UUID unknownGender = request(forWomen, T0, null);
        UUID woman = request(forWomen, T0, Gender.FEMALE);
        awaitStatus(woman, "ACCEPTED");
        asProvider().get("/api/referrals/" + man).then().body("status", equalTo("DECLINED"))
                .body("reason", equalTo("the offer is for other genders"));
        asProvider().get("/api/referrals/" + unknownGender).then().body("status", equalTo("DECLINED"));
    }

    @Test
    void neverGivesAwayMorePlacesThanThereAreUnderConcurrentDecisions() throws Exception {
        UUID offer = UUID.fromString(offer(5, Map.of()));
        int parallel = 16;
        ExecutorService instances = Executors.newFixedThreadPool(parallel);
        CyclicBarrier together = new CyclicBarrier(parallel);
        List<Future<?>> decisions = new ArrayList<>();
        List<UUID> referrals = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            ReferralRequested request = new ReferralRequested(UUID.randomUUID(), offer, "case-" + i,
                    T0.plusSeconds(i), 30, null, null, null, null, null);
            referrals.add(request.referralId());
            // All decisions start at the same moment, as on several instances at once.
            decisions.add(instances.submit(() -> {
                together.await();
                QuarkusTransaction.requiringNew().run(() -> placements.decide(request));
                return null;
            }));
        }
        for (Future<?> decision : decisions) {
            decision.get();
        }
        instances.shutdown();

        List<String> statuses = statuses(referrals);
        assertThat(statuses.stream().filter("ACCEPTED"::equals)).hasSize(5);
        assertThat(statuses.stream().filter("WAITLISTED"::equals)).hasSize(parallel - 5);
    }

    @Test
    void othersDoNotSeeOrChangeTheReferral() {
        UUID referral = request(offer(3, Map.of()), T0, null);
        awaitStatus(referral, "ACCEPTED");

        as(Roles.PROVIDER_STAFF, Map.of("provider", "someone-else")).get("/api/referrals/" + referral).then()
                .statusCode(404);
        as(Roles.PROVIDER_STAFF, Map.of("provider", "someone-else")).header("If-Match", "\"0\"")
                .post("/api/referrals/" + referral + "/start").then().statusCode(404);
        as(Roles.COORDINATOR, Map.of("subregion", "SUED")).get("/api/referrals/" + referral).then().statusCode(404);
        as(Roles.COORDINATOR, Map.of("subregion", "NORD")).get("/api/referrals/" + referral).then().statusCode(200);
        as(Roles.CASE_MANAGER).get("/api/referrals").then().statusCode(403);
        as(Roles.PROVIDER_STAFF, Map.of("provider", "someone-else")).queryParam("size", 100).get("/api/referrals")
                .then().statusCode(200)
                .body("items.findAll { it.referralId == '" + referral + "' }.size()", equalTo(0));
    }

    @Test
    void anErasedReferralKeepsNothingThatPointsToThePersonAndGivesUpItsPlace() throws Exception {
        String offer = offer(1, Map.of());
        UUID referral = UUID.randomUUID();
        ReferralRequested request = new ReferralRequested(referral, UUID.fromString(offer), "fall-x", T0, 30,
                Gender.FEMALE, null, new ReferralRequested.Contact("Amira Haddad", "0231 1234", "a@example.org"),
                "kommt mit Kinderwagen", null);
        publish(referral, ReferralEvents.REQUESTED.type(), 0, T0, json.writeValueAsBytes(request));
        awaitStatus(referral, "ACCEPTED");
        UUID waiting = request(offer, T0.plusMinutes(1), Gender.MALE);
        awaitStatus(waiting, "WAITLISTED");
        assertThat(as(Roles.ADMIN).get("/api/referrals/" + referral).<String>path("contactName"))
                .isEqualTo("Amira Haddad");

        publish(referral, ReferralEvents.ERASED.type(), 2, T0, json.writeValueAsBytes(new ReferralErased(referral)));
        awaitStatus(referral, "DROPPED_OUT");
        var erased = as(Roles.ADMIN).get("/api/referrals/" + referral).then().statusCode(200).extract();
        assertThat(erased.asString()).doesNotContain("Haddad", "0231", "example.org", "Kinderwagen");
        assertThat(erased.<String>path("gender")).isEqualTo("FEMALE");
        assertThat(erased.<Integer>path("ageYears")).isNull();
        awaitStatus(waiting, "ACCEPTED");
    }

    /**
     * The provider's list, a read and a change each leave an entry the data-protection officer finds by the referral's
     * id (the id the case shows), newest first, with who, for which provider and why; the decision is the service's.
     */
    @Test
    void everyReadAndChangeOfAReferralIsAuditedForTheDataProtectionOfficer() {
        UUID referral = request(offer(2, Map.of()), T0, Gender.FEMALE);
        awaitStatus(referral, "ACCEPTED");
        asProvider().queryParam("size", 100).get("/api/referrals").then().statusCode(200);
        transition(referral, "start");

        var log = as(Roles.DPO).queryParam("referralId", referral.toString()).queryParam("size", 100)
                .get("/api/referrals/audit").then().statusCode(200).extract();
        List<String> actions = log.path("items.action");
        assertThat(actions.get(0)).isEqualTo("REFERRAL_STARTED");
        assertThat(actions.get(actions.size() - 1)).isEqualTo("REFERRAL_DECIDED");
        assertThat(actions).contains("REFERRALS_LISTED", "REFERRAL_READ");
        String providerStaff = TestTokens.subject("user-" + Roles.PROVIDER_STAFF);
        assertThat(log.<String>path("items.find { it.action == 'REFERRALS_LISTED' }.actor")).isEqualTo(providerStaff);
        assertThat(log.<String>path("items.find { it.action == 'REFERRALS_LISTED' }.provider")).isEqualTo(code);
        assertThat(log.<String>path("items.find { it.action == 'REFERRAL_STARTED' }.purpose")).isEqualTo("PLACEMENT");
        assertThat(log.<String>path("items.find { it.action == 'REFERRAL_DECIDED' }.actor"))
                .isEqualTo("system:offer-service");
        assertThat(log.<String>path("items.find { it.action == 'REFERRAL_DECIDED' }.purpose"))
                .isEqualTo("EVENT_PROCESSING");
        as(Roles.DPO).queryParam("from", "gestern").get("/api/referrals/audit").then().statusCode(422);
    }

    /**
     * Found from the served document, so a new operation that returns referrals cannot forget the audit: each one,
     * called, writes an entry for the referral. The log itself cannot be rewritten.
     */
    @Test
    void everyOperationThatShowsReferralsWritesAnEntryAndTheLogIsAppendOnly() {
        String offer = offer(2, Map.of());
        UUID referral = request(offer, T0, null);
        awaitStatus(referral, "ACCEPTED");
        ApiOperations api = ApiOperations.served();
        int checked = 0;
        for (ApiOperations.Operation operation : api.all()) {
            String returns = operation.node().path("responses").path("200").toString();
            if (!operation.method().equals("GET") || !returns.contains("Referral\"")
                    && !returns.contains("PageReferralView")) {
                continue;
            }
            long before = entries(referral);
            as(Roles.ADMIN).queryParam("offer", offer).get(api.concretePath(operation, Map.of("id",
                    referral.toString()))).then().statusCode(200);
            assertThat(entries(referral)).as(operation.toString()).isEqualTo(before + 1);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(2);

        long entries = entries(referral);
        for (String statement : List.of("update referral_access set actor = 'someone else'",
                "delete from referral_access", "truncate referral_access")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                    .run(() -> entityManager.createNativeQuery(statement).executeUpdate()))
                    .as(statement).hasStackTraceContaining("append-only");
        }
        assertThat(entries(referral)).isEqualTo(entries);
    }

    /** The access log is bounded: entries past their retention go; the database keeps every one younger than a year. */
    @Test
    void accessEntriesPastTheirRetentionGoAndNoYoungerOne() throws Exception {
        UUID referral = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into referral_access (at, actor, referral_id, action, purpose)
                values (now() - interval '3 years', 'retention-test', ?1, 'OLD', 'PLACEMENT'),
                       (now() - interval '6 months', 'retention-test', ?1, 'RECENT', 'PLACEMENT')
                """).setParameter(1, referral).executeUpdate());

        assertThatThrownBy(() -> accessRetention.forgetOlderThan(Duration.ofDays(30)))
                .hasStackTraceContaining("entries younger than a year are kept");
        assertThat(actions(referral)).containsExactly("OLD", "RECENT");
        assertThat(accessRetention.forgetOlderThan(Duration.ofDays(2 * 365))).isGreaterThanOrEqualTo(1);
        assertThat(actions(referral)).containsExactly("RECENT");
    }

    @SuppressWarnings("unchecked")
    private List<String> actions(UUID referral) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select action from referral_access where referral_id = ?1 order by at")
                .setParameter(1, referral).getResultList());
    }

    private static long entries(UUID referral) {
        return as(Roles.DPO).queryParam("referralId", referral.toString()).get("/api/referrals/audit").then()
                .statusCode(200).extract().<Number>path("total").longValue();
    }

    /** An event on kim.referrals.v1 as the case-service sends it. */
    private void publish(UUID referral, String type, long version, OffsetDateTime at, byte[] data) {
        broker.probe().send(KafkaBinding.toRecord("kim.referrals.v1", new CloudEvent(
                UUID.randomUUID().toString(), "/kim/case-service", type, referral.toString(), at, version, data)));
    }

    private String offer(int capacity, Map<String, Object> eligibility) {
        Map<String, Object> body = OfferFixtures.offer(provider, lunen, "Kurs " + UUID.randomUUID());
        body.put("capacity", capacity);
        Map<String, Object> rules = new java.util.HashMap<>(
                Map.of("genders", List.of(), "residenceStatuses", List.of()));
        rules.putAll(eligibility);
        body.put("eligibility", rules);
        return as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201).extract().path("id");
    }

    private UUID request(String offer, OffsetDateTime at, Gender gender) {
        UUID referral = UUID.randomUUID();
        ReferralRequested request = new ReferralRequested(referral, UUID.fromString(offer),
                "fall-" + referral.toString().substring(0, 8), at, 30, gender, null, null, null, null);
        try {
            publish(referral, ReferralEvents.REQUESTED.type(), 0, at, json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        awaitStatus(referral, null);
        return referral;
    }

    /** Waits until the referral is known here (with the status, when one is given). */
    private void awaitStatus(UUID referral, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var response = as(Roles.ADMIN).get("/api/referrals/" + referral);
            return response.statusCode() == 200 && (status == null || status.equals(response.path("status")));
        });
    }

    private List<String> statuses(List<UUID> referrals) {
        return referrals.stream()
                .map(id -> as(Roles.ADMIN).get("/api/referrals/" + id).then().statusCode(200).extract()
                        .<String>path("status"))
                .toList();
    }

    private void transition(UUID referral, String action) {
        String etag = asProvider().get("/api/referrals/" + referral).then().extract().header("ETag");
        asProvider().header("If-Match", etag).post("/api/referrals/" + referral + "/" + action).then().statusCode(200);
    }

    private io.restassured.specification.RequestSpecification asProvider() {
        return as(Roles.PROVIDER_STAFF, Map.of("provider", code));
    }
}
