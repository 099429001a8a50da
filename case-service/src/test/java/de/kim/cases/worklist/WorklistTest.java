package de.kim.cases.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.cases.referral.ReferralFixtures;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.security.Roles;

/** "Keiner darf verloren gehen": the worklist puts the cases at risk first and says why. */
@QuarkusTest
class WorklistTest {

    KafkaBroker broker;

    @Inject
    EntityManager entityManager;

    private UUID municipality;
    private String subregion;

    @BeforeEach
    void aSubregionOfItsOwn() {
        // A sub-region per test: the worklist shows exactly the cases made here.
        subregion = "W" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        municipality = CaseFixtures.municipality(broker, subregion);
    }

    @Test
    void casesAtRiskComeFirstWithTheirReasons() {
        CaseClient calm = open(People.amira(), null);
        CaseClient expiring = open(withResidenceUntil(LocalDate.now().plusDays(30)), null);
        CaseClient reviewDue = open(People.amira(), LocalDate.now().minusDays(1));
        CaseClient forgotten = open(People.amira(), null);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update case_file set last_activity_at = now() - interval '45 days' where id = ?1")
                .setParameter(1, UUID.fromString(forgotten.id)).executeUpdate());

        var worklist = CaseFixtures.caseManager(subregion).get("/api/cases/worklist").then().statusCode(200)
                .extract();
        assertThat(worklist.<List<String>>path("items.caseId")).containsExactly(expiring.id, forgotten.id, reviewDue.id,
                calm.id);
        assertThat(worklist.<List<String>>path("items[0].flags.kind")).containsExactly("RESIDENCE_EXPIRING");
        assertThat(worklist.<List<String>>path("items[1].flags.kind")).containsExactly("INACTIVE");
        assertThat(worklist.<List<String>>path("items[2].flags.kind")).containsExactly("REVIEW_OVERDUE");
        assertThat(worklist.<List<?>>path("items[3].flags")).isEmpty();
        assertThat(worklist.<String>path("items[0].household")).isEqualTo("Amira Haddad");

        var longer = CaseFixtures.caseManager(subregion).queryParam("inactiveDays", 60).get("/api/cases/worklist")
                .then().extract();
        assertThat(longer.<List<String>>path("items.find { it.caseId == '" + forgotten.id + "' }.flags.kind"))
                .isEmpty();
    }

    @Test
    void providerAnswersAreNoSignOfLifeFromTheCaseManagement() {
        CaseClient kase = open(People.amira(), null);
        UUID offer = ReferralFixtures.activeOffer(broker, "vhs-luenen", "Integrationskurs");
        String member = kase.read().path("members[0].id");
        String referral = kase.post("/referrals", Map.of("offerId", offer.toString(), "memberId", member,
                "category", "EDUCATION_WORK")).path("referrals[0].id");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update case_file set last_activity_at = now() - interval '45 days' where id = ?1")
                .setParameter(1, UUID.fromString(kase.id)).executeUpdate());
        kase.read();
        long before = kase.version();
        ReferralFixtures.answer(broker, referral, offer, "WAITLISTED", 3, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> kase.read() != null && kase.version() > before);
        assertThat(flags(kase)).contains("INACTIVE");
    }

    @Test
    void measureEndedWithoutFollowUpIsFlaggedUntilSomethingFollows() {
        CaseClient kase = open(People.amira(), null);
        String goal = kase.post("/goals", Map.of("title", "Deutsch B1", "category", "EDUCATION_WORK"))
                .path("goals[0].id");
        String measure = kase.post("/goals/" + goal + "/measures", Map.of("description", "Integrationskurs",
                "responsibleAuthority", "KIM")).path("goals[0].measures[0].id");
        kase.put("/goals/" + goal + "/measures/" + measure, Map.of("description", "Integrationskurs",
                "responsibleAuthority", "KIM", "status", "DONE"));
        assertThat(flags(kase)).containsExactly("ENDED_WITHOUT_FOLLOW_UP");

        kase.post("/goals/" + goal + "/measures", Map.of("description", "Berufssprachkurs B2",
                "responsibleAuthority", "KIM"));
        assertThat(flags(kase)).isEmpty();
    }

    @Test
    void theSubregionsTeamSeesItsCasesEachTheirOwnAsTheirWorklist() {
        CaseClient mine = open(People.amira(), null);
        assertThat(Staff.withRole(Roles.COORDINATOR, Map.of("subregion", subregion)).queryParam("scope", "SUBREGION")
                .get("/api/cases/worklist").then().statusCode(200).extract().<List<String>>path("items.caseId"))
                .containsExactly(mine.id);
        // A colleague standing in sees the sub-region's cases when asking for them, not as their own.
        assertThat(Staff.withRole(Roles.CASE_MANAGER, Map.of("subregion", subregion)).queryParam("scope", "SUBREGION")
                .get("/api/cases/worklist").then().statusCode(200).extract().<List<String>>path("items.caseId"))
                .containsExactly(mine.id);
        assertThat(Staff.withRole(Roles.CASE_MANAGER, Map.of("subregion", subregion)).get("/api/cases/worklist")
                .then().statusCode(200).extract().<List<String>>path("items.caseId")).isEmpty();
        Staff.of("JOBCENTER").get("/api/cases/worklist").then().statusCode(403);
        CaseFixtures.caseManager(subregion).queryParam("inactiveDays", 0).get("/api/cases/worklist").then()
                .statusCode(422);
    }

    @Test
    void filtersNarrowTheListAndPagesCountTheRest() {
        CaseClient expiring = open(withResidenceUntil(LocalDate.now().plusDays(30)), null);
        CaseClient reviewDue = open(People.amira(), LocalDate.now().minusDays(1));
        CaseClient urgent = open(People.amira(), null);
        var read = urgent.read();
        urgent.put("", Map.of("municipalityId", read.<String>path("municipalityId"), "priority", "HIGH", "phase",
                "ORIENTIERUNG", "members", List.of(read.<Map<String, Object>>path("members[0]"))));

        assertThat(ids(Map.of("flag", "RESIDENCE_EXPIRING"))).containsExactly(expiring.id);
        assertThat(ids(Map.of("flag", "REVIEW_OVERDUE"))).containsExactly(reviewDue.id);
        assertThat(ids(Map.of("priority", "HIGH"))).containsExactly(urgent.id);
        assertThat(ids(Map.of("phase", "ORIENTIERUNG"))).containsExactly(urgent.id);
        assertThat(ids(Map.of("caseManager", "someone-else"))).isEmpty();

        var first = CaseFixtures.caseManager(subregion).queryParam("size", 2).get("/api/cases/worklist").then()
                .statusCode(200).extract();
        assertThat(first.<Integer>path("total")).isEqualTo(3);
        assertThat(first.<List<String>>path("items.caseId")).hasSize(2);
        var second = CaseFixtures.caseManager(subregion).queryParam("size", 2).queryParam("page", 1)
                .get("/api/cases/worklist").then().statusCode(200).extract();
        assertThat(second.<List<String>>path("items.caseId")).hasSize(1)
                .doesNotContainAnyElementsOf(first.<List<String>>path("items.caseId"));

        CaseFixtures.caseManager(subregion).queryParam("flag", "LOST").get("/api/cases/worklist").then()
                .statusCode(422);
    }

    private List<String> ids(Map<String, Object> filters) {
        return CaseFixtures.caseManager(subregion).queryParams(filters).get("/api/cases/worklist").then()
                .statusCode(200).extract().path("items.caseId");
    }

    private List<String> flags(CaseClient kase) {
        return CaseFixtures.caseManager(subregion).get("/api/cases/worklist").then().statusCode(200).extract()
                .path("items.find { it.caseId == '" + kase.id + "' }.flags.kind");
    }

    private CaseClient open(Map<String, Object> person, LocalDate nextReview) {
        CaseClient kase = CaseClient.open(municipality, subregion, person);
        if (nextReview != null) {
            var read = kase.read();
            kase.put("",
                    Map.of("municipalityId", read.<String>path("municipalityId"), "nextReview", nextReview.toString(),
                            "members", List.of(read.<Map<String, Object>>path("members[0]"))));
        }
        return kase;
    }

    private static Map<String, Object> withResidenceUntil(LocalDate until) {
        Map<String, Object> person = new HashMap<>(People.amira());
        person.put("residenceValidUntil", until.toString());
        return person;
    }
}
