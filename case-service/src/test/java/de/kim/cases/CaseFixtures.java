package de.kim.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.security.Roles;

/** Municipalities arrive as the region-service publishes them; cases are opened through the API. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /** A municipality of the sub-region, replicated into the case-service; returns its id. */
    public static UUID municipality(KafkaBroker broker, String subregion) {
        UUID id = UUID.randomUUID();
        String data = "{\"id\":\"" + id + "\",\"ags\":\"05978024\",\"name\":\"Lünen\",\"subregion\":\"" + subregion
                + "\"}";
        publish(broker, "kim.regions.v1", RegionEvents.MUNICIPALITY.type(), id, 0, data);
        await().atMost(Duration.ofSeconds(20)).until(() -> caseManager(subregion)
                .get("/api/cases/reference/municipalities/" + id).statusCode() == 200);
        return id;
    }

    /** Publishes an event as another service would (a tombstone when data is null). */
    public static void publish(KafkaBroker broker, String topic, String type, UUID subject, long version,
            String data) {
        broker.probe().send(KafkaBinding.toRecord(topic,
                new CloudEvent(UUID.randomUUID().toString(), "/kim/test", type, subject.toString(),
                        OffsetDateTime.now(), version, data == null ? null : data.getBytes(StandardCharsets.UTF_8))));
    }

    /** Opens a case of one person in the municipality; returns its id. */
    public static String openCase(UUID municipality, String subregion, Map<String, Object> person) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityId", municipality.toString());
        body.put("members", List.of(person));
        return caseManager(subregion).body(body).post("/api/cases").then().statusCode(201).extract().path("id");
    }

    public static RequestSpecification caseManager(String subregion) {
        return given().auth().oauth2(TestTokens.forRole("fm-" + subregion, Roles.CASE_MANAGER,
                Map.of("subregion", subregion))).contentType(ContentType.JSON);
    }
}
