package de.kim.offers.offer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.offers.place.domain.RegionPlace;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.security.Roles;

/**
 * Places arrive as the region-service publishes them (real Kafka → the offer-service's consumer);
 * offers are made through the API.
 */
public final class OfferFixtures {

    private final TopicProbe kafka;

    public OfferFixtures(KafkaBroker broker) {
        this.kafka = broker.probe();
    }

    /** A municipality in the sub-region, replicated; returns its id. */
    public UUID municipality(String name, String subregion) {
        UUID id = UUID.randomUUID();
        publish(RegionEvents.MUNICIPALITY, id, "{\"id\":\"" + id + "\",\"ags\":\"05978024\",\"name\":\"" + name
                + "\",\"subregion\":\"" + subregion + "\"}");
        return awaitReplicated(id);
    }

    UUID quarter(UUID municipality, String name) {
        UUID id = UUID.randomUUID();
        publish(RegionEvents.QUARTER, id, "{\"id\":\"" + id + "\",\"municipalityId\":\"" + municipality
                + "\",\"name\":\"" + name + "\",\"kind\":\"DISTRICT_PART\"}");
        return awaitReplicated(id);
    }

    /** A contact point with its address, replicated; returns its id. */
    UUID contactPoint(UUID municipality, UUID quarter, String name, String street, String postalCode, String city) {
        UUID id = UUID.randomUUID();
        publish(RegionEvents.CONTACT_POINT, id, "{\"id\":\"" + id + "\",\"name\":\"" + name
                + "\",\"municipalityId\":\"" + municipality + "\",\"quarterId\":\"" + quarter
                + "\",\"address\":{\"street\":\"" + street + "\",\"postalCode\":\"" + postalCode
                + "\",\"city\":\"" + city + "\"},\"operators\":[],\"languages\":[\"de\"],\"services\":[],"
                + "\"officeHours\":[],\"closures\":[]}");
        return awaitReplicated(id);
    }

    /** A provider with a code for the provider claim; returns its id. */
    public static String provider(String name, String code) {
        Map<String, String> body = new HashMap<>(Map.of("name", name, "kind", "WELFARE_ORGANISATION"));
        if (code != null) {
            body.put("code", code);
        }
        return as(Roles.ADMIN).body(body)
                .post("/api/offers/providers").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> offer(String provider, UUID municipality, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerId", provider);
        body.put("title", title);
        body.put("description", "Kurs für Neuzugewanderte in Lünen");
        body.put("translations", Map.of("en", Map.of("title", "Course", "description", "Course for newcomers")));
        body.put("category", "LANGUAGE_COURSE");
        body.put("fieldOfAction", "HF5");
        body.put("phases", List.of("ORIENTIERUNG"));
        body.put("targetGroups", List.of("Erwachsene"));
        body.put("languages", List.of("de", "ar"));
        body.put("place", Map.of("municipalityId", municipality.toString()));
        body.put("schedule", List.of(Map.of("day", "TUESDAY", "starts", "09:00", "ends", "11:00")));
        body.put("startsOn", "2027-01-11");
        body.put("endsOn", "2027-06-30");
        body.put("capacity", 12);
        body.put("eligibility", new HashMap<>(Map.of("genders", List.of(), "residenceStatuses", List.of())));
        body.put("status", "ACTIVE");
        return body;
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole("user-" + role, role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String role, Map<String, String> claims) {
        return given().auth().oauth2(TestTokens.forRole("user-" + role, role, claims)).contentType(ContentType.JSON);
    }

    private void publish(EventType<?> type, UUID id, String data) {
        kafka.send(KafkaBinding.toRecord(Topic.REGIONS.topicName(), new CloudEvent(UUID.randomUUID().toString(),
                "/kim/region-service", type.type(), id.toString(), OffsetDateTime.now(), 0,
                data.getBytes(StandardCharsets.UTF_8))));
    }

    private static UUID awaitReplicated(UUID id) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> RegionPlace.findById(id) != null));
        return id;
    }
}
