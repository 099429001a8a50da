package de.kim.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import de.kim.cases.CaseFixtures;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.security.Roles;

/** Opening and changing cases: numbers, sub-region isolation, optimistic concurrency, events. */
@QuarkusTest
class CaseTest {

    KafkaBroker broker;

    private String subregion;
    private UUID municipality;

    /** Each test gets a sub-region of its own, so case numbers start at 1. */
    @BeforeEach
    void municipality() {
        subregion = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replaceAll("[^A-Z0-9]", "X");
        municipality = CaseFixtures.municipality(broker, subregion);
    }

    @Test
    void opensCaseWithNumberHouseholdAndPublishesIt() {
        String id = caseManager(subregion).body(household()).post("/api/cases")
                .then().statusCode(201)
                .body("number", equalTo("KIM-" + subregion + "-" + Year.now(ZoneId.of("Europe/Berlin")) + "-000001"))
                .body("phase", equalTo("ANKOMMEN"))
                .body("members.firstName", contains("Amira", "Yusuf"))
                .extract().path("id");

        var record = broker.probe().awaitRecord("kim.cases.v1", r -> id.equals(r.key()),
                Duration.ofSeconds(20));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("de.kim.cases.case.v1");
        assertThat(TopicProbe.header(record, "ce_aggregateversion")).isEqualTo("0");
    }

    @Test
    void twentyParallelCreationsGetTwentyConsecutiveNumbers() throws Exception {
        int parallel = 20;
        ExecutorService callers = Executors.newFixedThreadPool(parallel);
        CyclicBarrier together = new CyclicBarrier(parallel);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            numbers.add(callers.submit(() -> {
                together.await();
                return caseManager(subregion).body(household()).post("/api/cases").then().statusCode(201)
                        .extract().<String>path("number");
            }));
        }
        List<Integer> sequence = new ArrayList<>();
        for (Future<String> number : numbers) {
            String value = number.get();
            sequence.add(Integer.parseInt(value.substring(value.lastIndexOf('-') + 1)));
        }
        callers.shutdown();
        assertThat(sequence).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, parallel).boxed().toList());
    }

    @Test
    void rejectsUnknownMunicipalityWith422() {
        Map<String, Object> body = household();
        body.put("municipalityId", UUID.randomUUID().toString());
        caseManager(subregion).body(body).post("/api/cases").then().statusCode(422)
                .body("errors.field", contains("municipalityId"));
    }

    @Test
    void quarterAndAccommodationMustLieInTheCasesMunicipality() {
        UUID quarter = UUID.randomUUID();
        UUID accommodation = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        CaseFixtures.publish(broker, "kim.regions.v1", RegionEvents.QUARTER.type(), quarter, 0,
                "{\"id\":\"" + quarter + "\",\"municipalityId\":\"" + municipality + "\",\"name\":\"Gahmen\"}");
        CaseFixtures.publish(broker, "kim.regions.v1", RegionEvents.ACCOMMODATION.type(), accommodation, 0,
                "{\"id\":\"" + accommodation + "\",\"municipalityId\":\"" + municipality
                        + "\",\"name\":\"Michaelsheim\"}");
        CaseFixtures.publish(broker, "kim.regions.v1", RegionEvents.QUARTER.type(), elsewhere, 0,
                "{\"id\":\"" + elsewhere + "\",\"municipalityId\":\"" + UUID.randomUUID() + "\",\"name\":\"Fern\"}");
        Map<String, Object> body = household();
        body.put("quarterId", quarter.toString());
        body.put("accommodationId", accommodation.toString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> caseManager(subregion).body(body).post("/api/cases").statusCode() == 201);

        body.put("quarterId", elsewhere.toString());
        caseManager(subregion).body(body).post("/api/cases").then().statusCode(422)
                .body("errors.field", contains("quarterId"));
        body.put("quarterId", quarter.toString());
        body.put("accommodationId", quarter.toString());
        caseManager(subregion).body(body).post("/api/cases").then().statusCode(422)
                .body("errors.field", contains("accommodationId"));
    }

    @Test
    void anotherSubregionNeitherSeesNorOpensCasesHere() {
        String id = caseManager(subregion).body(household()).post("/api/cases").then().statusCode(201)
                .extract().path("id");

        caseManager("SUED").get("/api/cases/" + id).then().statusCode(404);
        caseManager("SUED").body(household()).post("/api/cases").then().statusCode(403);
        caseManager("SUED").queryParam("size", 100).get("/api/cases").then().statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.size()", equalTo(0));
        given().auth().oauth2(TestTokens.forRole("traeger", Roles.PROVIDER_STAFF, Map.of("subregion", subregion)))
                .get("/api/cases/" + id).then().statusCode(403);
        given().get("/api/cases/" + id).then().statusCode(401);
    }

    @Test
    void refusesStaleOrMissingIfMatchAndChangesNothing() {
        String id = caseManager(subregion).body(household()).post("/api/cases").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> changed = household();
        changed.put("phase", "ORIENTIERUNG");

        caseManager(subregion).header("If-Match", "\"0\"").body(changed).put("/api/cases/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        changed.put("phase", "INTEGRATION");
        caseManager(subregion).header("If-Match", "\"0\"").body(changed).put("/api/cases/" + id)
                .then().statusCode(412);
        caseManager(subregion).body(changed).put("/api/cases/" + id).then().statusCode(428);
        caseManager(subregion).get("/api/cases/" + id).then().body("phase", equalTo("ORIENTIERUNG"));
    }

    @Test
    void recordsWhenTheCaseEnteredEachPhase() {
        String id = caseManager(subregion).body(household()).post("/api/cases").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> changed = household();
        changed.put("priority", "HIGH");
        caseManager(subregion).header("If-Match", "\"0\"").body(changed).put("/api/cases/" + id).then()
                .statusCode(200);
        changed.put("phase", "CLOSED");
        changed.put("closedReason", "Weggezogen");
        caseManager(subregion).header("If-Match", "\"1\"").body(changed).put("/api/cases/" + id).then()
                .statusCode(200);

        var state = caseManager(subregion).get("/api/cases/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(state.getList("phaseHistory.phase")).containsExactly("ANKOMMEN", "CLOSED");
        assertThat(state.getString("phaseHistory[0].since")).isEqualTo(state.getString("openedAt"));
        assertThat(OffsetDateTime.parse(state.getString("phaseHistory[1].since")))
                .isAfterOrEqualTo(OffsetDateTime.parse(state.getString("openedAt")));
    }

    @Test
    void rejectsBadPeopleDataField() {
        Map<String, Object> body = household();
        body.put("members", List.of(Map.of("firstName", "", "lastName", "X", "nationality", "XX", "languages",
                List.of(Map.of("code", "ar", "level", "fluent")))));
        caseManager(subregion).body(body).post("/api/cases").then().statusCode(422)
                .body("errors.field", contains("members[0].firstName", "members[0].languages[0].level"));
        Map<String, Object> closing = household();
        closing.put("phase", "CLOSED");
        caseManager(subregion).body(closing).post("/api/cases").then().statusCode(422)
                .body("errors.field", contains("closedReason"));
    }

    private Map<String, Object> household() {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityId", municipality.toString());
        body.put("members", List.of(
                Map.of("firstName", "Amira", "lastName", "Haddad", "birthDate", "1990-04-12", "gender", "FEMALE",
                        "nationality", "SY", "languages", List.of(Map.of("code", "ar", "level", "native"),
                                Map.of("code", "de", "level", "A2")),
                        "residenceStatus", "RECOGNISED_REFUGEE", "residenceValidUntil", "2028-03-31",
                        "arrivalDate", "2025-11-02"),
                Map.of("firstName", "Yusuf", "lastName", "Haddad", "birthDate", "2016-08-01", "gender", "MALE",
                        "languages", List.of(Map.of("code", "ar", "level", "native")))));
        return body;
    }

    private static RequestSpecification caseManager(String subregion) {
        return CaseFixtures.caseManager(subregion);
    }
}
