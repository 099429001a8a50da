package de.kim.cases.view;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import de.kim.cases.CaseFixtures;
import de.kim.cases.Staff;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** Each authority sees a case only while it takes part and only the categories its consent covers. */
@QuarkusTest
class AuthorityViewTest {

    KafkaBroker broker;

    private String caseId;
    private long version;

    @BeforeEach
    void aCase() {
        caseId = CaseFixtures.openCase(CaseFixtures.municipality(broker, "NORD"), "NORD",
                Map.of("firstName", "Amira", "lastName", "Haddad", "languages", List.of(), "residenceStatus",
                        "RECOGNISED_REFUGEE", "residenceValidUntil", "2028-03-31"));
        version = 0;
    }

    @Test
    void jobcenterSeesExactlyTheConsentedCategoriesUntilRevoked() {
        change("/participations", Map.of("authority", "JOBCENTER", "fileReference", "JC-4711", "since", "2026-01-01"));
        String consent = change("/consents", consent("JOBCENTER", List.of("EDUCATION_WORK")))
                .path("consents[0].id");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> staff("JOBCENTER").get("/api/views/jobcenter/cases/" + caseId).statusCode() == 200);
        staff("JOBCENTER").get("/api/views/jobcenter/cases/" + caseId).then()
                .body("categories", contains("EDUCATION_WORK"))
                .body("data.fileReference", equalTo("JC-4711"))
                .body("data", not(hasKey("members")));

        change("/consents/" + consent + "/revoke", null);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> staff("JOBCENTER").get("/api/views/jobcenter/cases/" + caseId).statusCode() == 404);
    }

    @Test
    void immigrationOfficeSeesResidenceButNoNamesAndNothingWithoutConsent() {
        change("/participations", Map.of("authority", "AUSLAENDERBEHOERDE", "since", "2026-01-01"));
        change("/participations", Map.of("authority", "SOZIALAMT", "since", "2026-01-01"));
        change("/consents", consent("AUSLAENDERBEHOERDE", List.of("RESIDENCE")));

        await().atMost(Duration.ofSeconds(5)).until(() -> staff("AUSLAENDERBEHOERDE")
                .get("/api/views/auslaenderbehoerde/cases/" + caseId).statusCode() == 200);
        staff("AUSLAENDERBEHOERDE").get("/api/views/auslaenderbehoerde/cases/" + caseId).then()
                .body("data.members[0].residenceStatus", equalTo("RECOGNISED_REFUGEE"))
                .body("data.members[0]", not(hasKey("firstName")));
        staff("SOZIALAMT").get("/api/views/sozialamt/cases/" + caseId).then().statusCode(404);
    }

    @Test
    void nobodyReadsAnotherAuthoritysView() {
        staff("JOBCENTER").get("/api/views/auslaenderbehoerde/cases").then().statusCode(403);
        caseManager().get("/api/views/jobcenter/cases").then().statusCode(403);
        given().get("/api/views/jobcenter/cases").then().statusCode(401);
        staff("JOBCENTER").get("/api/views/jobcenter/cases").then().statusCode(200);
    }

    @Test
    void eachChangeOfAViewIsPublishedOnTheAuthorityTopic() {
        change("/participations", Map.of("authority", "JOBCENTER", "since", "2026-01-01"));
        String consent = change("/consents", consent("JOBCENTER", List.of("EDUCATION_WORK"))).path("consents[0].id");
        TopicProbe probe = broker.probe();
        var published = probe.awaitRecord("kim.view.jobcenter.v1",
                r -> caseId.equals(r.key()) && r.value() != null, Duration.ofSeconds(10));
        var view = JsonPath.from(new String(published.value(), StandardCharsets.UTF_8));
        assertThat(view.getList("categories")).containsExactly("EDUCATION_WORK");
        assertThat(view.getString("caseId")).isEqualTo(caseId);
        assertThat(view.prettify()).doesNotContain("Haddad");

        change("/consents/" + consent + "/revoke", null);
        probe.awaitRecord("kim.view.jobcenter.v1", r -> caseId.equals(r.key()) && r.value() == null,
                Duration.ofSeconds(10));
    }

    /**
     * Acceptance: the case is in the Jobcenter view within 1 s of the consent. Measured ten times; the median must
     * stay under a second (single runs on a busy two-core machine may not), every run under five.
     */
    @Test
    void consentedCaseAppearsInTheViewWithinASecond() {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            aCase();
            change("/participations", Map.of("authority", "JOBCENTER", "since", "2026-01-01"));
            long started = System.nanoTime();
            change("/consents", consent("JOBCENTER", List.of("EDUCATION_WORK")));
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                    .until(() -> staff("JOBCENTER").get("/api/views/jobcenter/cases/" + caseId).statusCode() == 200);
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("Consent to Jobcenter view, ms: median %d, max %d (%s)%n", sorted.get(5),
                sorted.get(9), millis);
        assertThat(sorted.get(5)).isLessThan(1000);
    }

    @Test
    void immigrationOfficeNeverSeesHealthDataWithoutConsent() {
        String member = caseManager().get("/api/cases/" + caseId).path("members[0].id");
        change("/participations", Map.of("authority", "AUSLAENDERBEHOERDE", "since", "2026-01-01"));
        change("/consents", consent("AUSLAENDERBEHOERDE", List.of("MASTER_DATA", "RESIDENCE", "EDUCATION_WORK")));
        put("/assessment", Map.of("assessedOn", "2026-01-10", "familyStatus", "SINGLE", "members",
                List.of(Map.of("memberId", member, "healthSupport", true, "employment", "UNEMPLOYED"))));
        change("/notes", Map.of("category", "HEALTH", "text", "Traumatherapie angeraten", "visibility",
                "ALL_PARTICIPANTS"));
        var view = Staff.viewAt("AUSLAENDERBEHOERDE", caseId, version);
        assertThat(view.asString()).doesNotContain("HEALTH").doesNotContain("Traumatherapie")
                .doesNotContain("healthSupport");
        assertThat(view.<List<String>>path("data.needs.kind")).contains("VOCATIONAL_TRAINING");
        assertThat(caseManager().get("/api/cases/" + caseId).asString()).contains("Traumatherapie");
    }

    private static Map<String, Object> consent(String authority, List<String> categories) {
        return Map.of("recipientKind", "AUTHORITY", "recipient", authority, "categories", categories, "purpose",
                "Abgestimmte Hilfeplanung", "legalBasis", "CONSENT", "documentReference", "Einwilligung Akte S. 3",
                "grantedOn", "2026-01-01");
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> change(String path,
            Map<String, Object> body) {
        RequestSpecification request = caseManager().header("If-Match", "\"" + version + "\"");
        if (body != null) {
            request = request.body(body);
        }
        var response = request.post("/api/cases/" + caseId + path).then().statusCode(200).extract();
        version++;
        return response;
    }

    private void put(String path, Map<String, Object> body) {
        caseManager().header("If-Match", "\"" + version + "\"").body(body).put("/api/cases/" + caseId + path).then()
                .statusCode(200);
        version++;
    }

    private static RequestSpecification caseManager() {
        return CaseFixtures.caseManager("NORD");
    }

    private static RequestSpecification staff(String authority) {
        return given().auth().oauth2(TestTokens.forRole("staff-" + authority, Roles.AUTHORITY_STAFF,
                Map.of("authority", authority)));
    }
}
