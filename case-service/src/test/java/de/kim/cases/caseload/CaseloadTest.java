package de.kim.cases.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** Coordinators see how their sub-region's open cases are shared and which are being handed over. */
@QuarkusTest
class CaseloadTest {

    KafkaBroker broker;

    @Test
    void countsOpenCasesPerCaseManagerAndPhaseAndListsPendingTransfers() {
        String subregion = "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID municipality = CaseFixtures.municipality(broker, subregion);
        UUID elsewhere = CaseFixtures.municipality(broker, "SUED");
        CaseClient.open(municipality, subregion, People.amira());
        CaseClient moving = CaseClient.open(municipality, subregion, People.yusuf());
        CaseClient advanced = CaseClient.open(municipality, subregion, People.amira());
        var read = advanced.read();
        advanced.put("", Map.of("municipalityId", read.<String>path("municipalityId"), "phase", "ORIENTIERUNG",
                "members", List.of(read.<Map<String, Object>>path("members[0]"))));
        CaseClient closed = CaseClient.open(municipality, subregion, People.amira());
        var toClose = closed.read();
        closed.put("", Map.of("municipalityId", toClose.<String>path("municipalityId"), "phase", "CLOSED",
                "closedReason", "Umzug ins Ausland", "members",
                List.of(toClose.<Map<String, Object>>path("members[0]"))));
        moving.post("/transfer", Map.of("toMunicipalityId", elsewhere.toString(), "reason", "Umzug nach Schwerte"));

        JsonPath caseload = Staff.withRole(Roles.COORDINATOR, Map.of("subregion", subregion))
                .get("/api/cases/caseload").then().statusCode(200).extract().jsonPath();
        assertThat(caseload.getLong("open")).isEqualTo(3);
        String manager = TestTokens.subject("fm-" + subregion);
        assertThat(caseload.getList("byCaseManager.caseManager", String.class)).containsExactly(manager);
        assertThat(caseload.getMap("byCaseManager[0].phases")).containsEntry("ANKOMMEN", 2)
                .containsEntry("ORIENTIERUNG", 1)
                .doesNotContainKey("CLOSED");
        assertThat(caseload.getList("transfers.caseId", String.class)).containsExactly(moving.id);
        assertThat(caseload.getString("transfers[0].toSubregion")).isEqualTo("SUED");
        assertThat(caseload.prettify()).doesNotContain("Haddad");
    }

    @Test
    void isForCoordinatorsOnly() {
        CaseFixtures.caseManager("NORD").get("/api/cases/caseload").then().statusCode(403);
        Staff.of("JOBCENTER").get("/api/cases/caseload").then().statusCode(403);
    }
}
