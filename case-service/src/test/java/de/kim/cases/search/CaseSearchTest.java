package de.kim.cases.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.security.Roles;

/** Finding a case of the sub-region by a person's name as it was heard, a case number or a birth date. */
@QuarkusTest
class CaseSearchTest {

    KafkaBroker broker;

    @Inject
    EntityManager entityManager;

    private String subregion;
    private CaseClient haddad;
    private CaseClient alHassan;

    @BeforeEach
    void twoHouseholds() {
        subregion = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID municipality = CaseFixtures.municipality(broker, subregion);
        haddad = CaseClient.open(municipality, subregion, People.amira());
        alHassan = CaseClient.open(municipality, subregion, person("Mohammed", "Al-Hassan", "1984-11-02"));
        var read = alHassan.read();
        alHassan.put("", Map.of("municipalityId", read.<String>path("municipalityId"), "members",
                List.of(read.<Map<String, Object>>path("members[0]"), person("Yusuf", "Özdemir", "2015-06-30"))));
    }

    @Test
    void findsANameHoweverItIsSpelt() {
        assertThat(found("Muhammad")).containsExactly(alHassan.id);
        assertThat(found("mohamed al hasan")).containsExactly(alHassan.id);
        assertThat(found("Youssef")).as("the second person of a household").containsExactly(alHassan.id);
        assertThat(found("Ozdemir")).containsExactly(alHassan.id);
        assertThat(found("Hadd")).as("the beginning of a name").containsExactly(haddad.id);
        assertThat(found("Amira Hassan")).as("every word must match").isEmpty();
    }

    @Test
    void findsANumberOrABirthDate() {
        String number = haddad.read().path("number");
        assertThat(found(number)).containsExactly(haddad.id);
        assertThat(found(number.substring(number.length() - 6))).contains(haddad.id);
        assertThat(found("12.04.1990")).containsExactly(haddad.id);
        assertThat(found("1990-04-12")).containsExactly(haddad.id);
        assertThat(found("30.6.2015")).containsExactly(alHassan.id);
    }

    @Test
    void exactNamesComeBeforeNamesThatOnlySoundAlike() {
        UUID municipality = CaseFixtures.municipality(broker, subregion);
        CaseClient exact = CaseClient.open(municipality, subregion, person("Muhammad", "Rahimi", "1979-01-01"));
        assertThat(found("Muhammad")).containsExactly(exact.id, alHassan.id);
    }

    @Test
    void searchesTheWholeSubregionClosedCasesIncludedAndNothingElse() {
        var read = haddad.read();
        haddad.put("", Map.of("municipalityId", read.<String>path("municipalityId"), "phase", "CLOSED", "closedReason",
                "Umzug ins Ausland", "members", List.of(read.<Map<String, Object>>path("members[0]"))));
        // A colleague's case, found by a case manager who does not manage it.
        assertThat(Staff.withRole(Roles.CASE_MANAGER, Map.of("subregion", subregion)).queryParam("q", "Haddad")
                .get("/api/cases/worklist").then().statusCode(200).extract().<List<String>>path("items.caseId"))
                .containsExactly(haddad.id);
        assertThat(CaseFixtures.caseManager("SUED").queryParam("q", "Haddad").queryParam("size", 100)
                .get("/api/cases/worklist").then().statusCode(200).extract().<List<String>>path("items.caseId"))
                .doesNotContain(haddad.id, alHassan.id);
        Staff.of("JOBCENTER").queryParam("q", "Haddad").get("/api/cases/worklist").then().statusCode(403);
    }

    @Test
    void onlyTheCasesShownAreRecordedAsSearched() {
        long before = searched(alHassan.id);
        found("Muhammad");
        assertThat(searched(alHassan.id)).isEqualTo(before + 1);
        assertThat(searched(haddad.id)).isZero();
    }

    private List<String> found(String query) {
        return CaseFixtures.caseManager(subregion).queryParam("q", query).get("/api/cases/worklist").then()
                .statusCode(200).extract().path("items.caseId");
    }

    private long searched(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery(
                        "select count(*) from audit_event where ?1 = any(case_ids) and action = 'CASE_SEARCHED'")
                .setParameter(1, UUID.fromString(caseId)).getSingleResult()).longValue());
    }

    private static Map<String, Object> person(String first, String last, String born) {
        Map<String, Object> person = new HashMap<>(People.amira());
        person.put("firstName", first);
        person.put("lastName", last);
        person.put("birthDate", born);
        return person;
    }
}
