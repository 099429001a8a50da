package de.kim.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import de.kim.cases.CaseFixtures;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** Participating authorities and consents are part of the case: versioned, If-Match, published. */
@QuarkusTest
class CaseAuthoritiesTest {

    KafkaBroker broker;

    private String caseId;

    @BeforeEach
    void aCase() {
        caseId = CaseFixtures.openCase(CaseFixtures.municipality(broker, "NORD"), "NORD",
                Map.of("firstName", "Amira", "lastName", "Haddad", "languages", List.of()));
    }

    @Test
    void jobcenterJoinsAndGetsConsentForEducationAndWork() {
        String participation = change("/participations", "\"0\"",
                Map.of("authority", "JOBCENTER", "fileReference", "JC-LÜN-4711", "since", "2027-01-04"))
                .header("ETag", equalTo("\"1\""))
                .body("participations.authority", contains("JOBCENTER"))
                .extract().path("participations[0].id");
        String consent = change("/consents", "\"1\"", Map.of("recipientKind", "AUTHORITY", "recipient", "JOBCENTER",
                "categories", List.of("EDUCATION_WORK", "MASTER_DATA"), "purpose", "Vermittlung in Ausbildung",
                "legalBasis", "CONSENT", "documentReference", "Einwilligung vom 04.01.2027, Akte S. 12",
                "grantedOn", "2027-01-04"))
                .header("ETag", equalTo("\"2\""))
                .body("consents[0].categories", contains("MASTER_DATA", "EDUCATION_WORK"))
                .extract().path("consents[0].id");

        caseManager().header("If-Match", "\"2\"").post("/api/cases/" + caseId + "/consents/" + consent + "/revoke")
                .then().statusCode(200).body("consents[0].revokedAt", notNullValue()).header("ETag", equalTo("\"3\""));
        caseManager().header("If-Match", "\"3\"")
                .post("/api/cases/" + caseId + "/participations/" + participation + "/end?until=2027-06-30")
                .then().statusCode(200).body("participations[0].until", equalTo("2027-06-30"));

        List<String> versions = broker.probe()
                .readUntil("kim.cases.v1", r -> false, Duration.ofSeconds(3)).stream()
                .filter(r -> caseId.equals(r.key())).map(r -> TopicProbe.header(r, "ce_aggregateversion")).toList();
        assertThat(versions).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void consentNeedsItsWrittenFormAndStatutoryBasisItsJustification() {
        change("/consents", "\"0\"", Map.of("recipientKind", "AUTHORITY", "recipient", "SOZIALAMT", "categories",
                List.of("FINANCES"), "purpose", "Leistungsprüfung", "legalBasis", "CONSENT", "grantedOn",
                "2027-01-04"), 422).body("errors.field", contains("documentReference"));
        change("/consents", "\"0\"", Map.of("recipientKind", "AUTHORITY", "recipient", "AUSLAENDERBEHOERDE",
                "categories", List.of("RESIDENCE"), "purpose", "Aufenthaltsklärung", "legalBasis", "STATUTORY_69",
                "grantedOn", "2027-01-04"), 422).body("errors.field", contains("justification"));
        caseManager().get("/api/cases/" + caseId).then().header("ETag", equalTo("\"0\"")).body("consents.size()",
                equalTo(0));
    }

    @Test
    void staleETagChangesNothingAndOtherSubregionsFindNothing() {
        change("/participations", "\"7\"", Map.of("authority", "JUGENDAMT", "since", "2027-01-04"), 412);
        given().auth().oauth2(TestTokens.forRole("fm.sued", Roles.CASE_MANAGER, Map.of("subregion", "SUED")))
                .contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("authority", "JUGENDAMT", "since", "2027-01-04"))
                .post("/api/cases/" + caseId + "/participations").then().statusCode(404);
        caseManager().get("/api/cases/" + caseId).then().body("participations.size()", equalTo(0));
    }

    private ValidatableResponse change(String path, String etag, Map<String, Object> body) {
        return change(path, etag, body, 200);
    }

    private ValidatableResponse change(String path, String etag, Map<String, Object> body, int status) {
        return caseManager().header("If-Match", etag).body(body).post("/api/cases/" + caseId + path).then()
                .statusCode(status);
    }

    private static RequestSpecification caseManager() {
        return CaseFixtures.caseManager("NORD");
    }
}
