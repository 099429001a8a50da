package de.kim.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** A case changes hands only when the receiving side accepts; then the old sub-region loses it. */
@QuarkusTest
class TransferTest {

    KafkaBroker broker;

    private CaseClient kase;
    private UUID suedMunicipality;

    @BeforeEach
    void aNordCase() {
        kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        suedMunicipality = CaseFixtures.municipality(broker, "SUED");
    }

    @Test
    void acceptedTransferMovesTheCaseToTheOtherSubregion() {
        kase.post("/transfer", Map.of("toMunicipalityId", suedMunicipality.toString(), "reason", "Umzug nach Unna"));
        // Until accepted, the case stays where it is.
        CaseFixtures.caseManager("SUED").get("/api/cases/" + kase.id).then().statusCode(404);
        List<Map<String, Object>> incoming = CaseFixtures.caseManager("SUED").get("/api/cases/transfers/incoming")
                .then().statusCode(200).extract().path("findAll { it.caseId == '" + kase.id + "' }");
        assertThat(incoming).hasSize(1);
        assertThat(incoming.get(0)).doesNotContainKey("members");
        assertThat(CaseFixtures.caseManager("MITTE").get("/api/cases/transfers/incoming").then().extract()
                .<List<String>>path("caseId")).doesNotContain(kase.id);

        // Another sub-region cannot take it.
        CaseFixtures.caseManager("MITTE").header("If-Match", "\"" + kase.version() + "\"")
                .post("/api/cases/" + kase.id + "/transfer/accept").then().statusCode(404);

        var accepted = as("fm-sued", Roles.CASE_MANAGER, "SUED").header("If-Match", "\"" + kase.version() + "\"")
                .post("/api/cases/" + kase.id + "/transfer/accept").then().statusCode(200).extract();
        assertThat(accepted.<String>path("subregion")).isEqualTo("SUED");
        assertThat(accepted.<String>path("municipalityId")).isEqualTo(suedMunicipality.toString());
        assertThat(accepted.<String>path("caseManager")).isEqualTo(TestTokens.subject("fm-sued"));
        assertThat(accepted.<Object>path("transfer")).isNull();
        CaseFixtures.caseManager("NORD").get("/api/cases/" + kase.id).then().statusCode(404);
        CaseFixtures.caseManager("SUED").get("/api/cases/" + kase.id).then().statusCode(200);
    }

    @Test
    void rejectedTransferLeavesTheCaseAndOnlyTheNamedManagerOrACoordinatorDecides() {
        kase.post("/transfer",
                Map.of("toCaseManager", TestTokens.subject("fm-nord-2"), "reason", "Urlaubsvertretung endet"));
        as("fm-nord-3", Roles.CASE_MANAGER, "NORD").header("If-Match", "\"" + kase.version() + "\"")
                .post("/api/cases/" + kase.id + "/transfer/accept").then().statusCode(404);
        as("fm-nord-2", Roles.CASE_MANAGER, "NORD").header("If-Match", "\"" + kase.version() + "\"")
                .post("/api/cases/" + kase.id + "/transfer/reject").then().statusCode(204);
        var after = kase.read();
        assertThat(after.<Object>path("transfer")).isNull();
        assertThat(after.<String>path("caseManager")).isEqualTo(TestTokens.subject("fm-NORD"));

        kase.post("/transfer", Map.of("toCaseManager", TestTokens.subject("fm-nord-2"), "reason", "Zuständigkeit"));
        var taken = as("ko-nord", Roles.COORDINATOR, "NORD").header("If-Match", "\"" + kase.version() + "\"")
                .post("/api/cases/" + kase.id + "/transfer/accept").then().statusCode(200).extract();
        assertThat(taken.<String>path("caseManager")).isEqualTo(TestTokens.subject("fm-nord-2"));
    }

    @Test
    void oneTransferAtATimeAndNotToTheSameHands() {
        kase.send(Map.of("reason", "nichts")).post("/api/cases/" + kase.id + "/transfer").then().statusCode(422);
        kase.post("/transfer", Map.of("toCaseManager", TestTokens.subject("fm-nord-2"), "reason", "Zuständigkeit"));
        kase.send(Map.of("toCaseManager", TestTokens.subject("fm-nord-4"), "reason", "doch nicht"))
                .post("/api/cases/" + kase.id
                        + "/transfer")
                .then().statusCode(409);
        kase.post("/transfer/withdraw", null);
        assertThat(kase.read().<Object>path("transfer")).isNull();
    }

    private static RequestSpecification as(String subject, String role, String subregion) {
        return given().auth().oauth2(TestTokens.forRole(subject, role, Map.of("subregion", subregion)));
    }
}
