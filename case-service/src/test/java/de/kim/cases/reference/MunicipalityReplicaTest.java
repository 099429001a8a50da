package de.kim.cases.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.localinfra.quarkus.ManagementInterface;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.security.Roles;

/** Kafka → idempotent consumer → replica → HTTP, including duplicates, reordering and poison events. */
@QuarkusTest
class MunicipalityReplicaTest {

    private static final String PATH = "/api/cases/reference/municipalities/";
    private static final String TOPIC = "kim.regions.v1";

    KafkaBroker broker;

    private TopicProbe kafka;

    @BeforeEach
    void connect() {
        kafka = broker.probe();
    }

    @Test
    void replicatesPublishedMunicipality() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), id, 0, "Lünen");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> caseManager().get(PATH + id)
                .then().statusCode(200).body("name", equalTo("Lünen")).body("subregion", equalTo("NORD")));
    }

    @Test
    void ignoresOlderVersionDeliveredLate() {
        UUID id = UUID.randomUUID();
        double consumed = consumed(null);
        publish(UUID.randomUUID().toString(), id, 2, "Werne an der Lippe");
        publish(UUID.randomUUID().toString(), id, 1, "Werne (alt)");

        awaitConsumed(consumed + 2);
        caseManager().get(PATH + id).then().statusCode(200).body("name", equalTo("Werne an der Lippe"));
    }

    @Test
    void appliesTheSameEventOnlyOnce() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, id, 5, "Selm");
        await().atMost(Duration.ofSeconds(20)).until(() -> caseManager().get(PATH + id).statusCode() == 200);
        double duplicates = consumed("duplicate");
        double consumed = consumed(null);

        publish(eventId, id, 5, "Selm");

        awaitConsumed(consumed + 1);
        assertThat(consumed("duplicate")).isEqualTo(duplicates + 1);
        caseManager().get(PATH + id).then().body("name", equalTo("Selm"));
    }

    @Test
    void keepsDeletionWhenAnOlderStateArrivesLater() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), id, 0, "Holzwickede");
        await().atMost(Duration.ofSeconds(20)).until(() -> caseManager().get(PATH + id).statusCode() == 200);
        double consumed = consumed(null);

        kafka.send(KafkaBinding.toRecord(TOPIC, new CloudEvent(UUID.randomUUID().toString(), "/kim/region-service",
                RegionEvents.MUNICIPALITY.type(), id.toString(), OffsetDateTime.now(), 2, null)));
        publish(UUID.randomUUID().toString(), id, 1, "Holzwickede (veraltet)");

        awaitConsumed(consumed + 2);
        caseManager().get(PATH + id).then().statusCode(404);
        caseManager().get(PATH).then().body("id", not(hasItem(id.toString())));
    }

    @Test
    void deadLettersPoisonEventWithReasonAndGoesOn() {
        UUID id = UUID.randomUUID();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(TOPIC, id.toString(),
                "{not json".getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        kafka.send(poison);
        UUID after = UUID.randomUUID();
        publish(UUID.randomUUID().toString(), after, 0, "Bönen");

        // Every consumer of the topic dead-letters it on its own; this is the municipality replica's.
        ConsumerRecord<String, byte[]> dead = kafka.awaitRecord(TOPIC + ".dlt", r -> id.toString().equals(r.key())
                && "case-service.municipalities".equals(TopicProbe.header(r, "kim_dlt_consumer")),
                Duration.ofSeconds(20));
        assertThat(TopicProbe.header(dead, "kim_dlt_reason")).contains("missing CloudEvents header ce_id");
        assertThat(TopicProbe.header(dead, "kim_dlt_consumer")).isEqualTo("case-service.municipalities");
        await().atMost(Duration.ofSeconds(20)).until(() -> caseManager().get(PATH + after).statusCode() == 200);
    }

    @Test
    void forbidsProviderStaff() {
        given().auth().oauth2(TestTokens.forRole("traeger", Roles.PROVIDER_STAFF)).get(PATH)
                .then().statusCode(403);
    }

    @Test
    void requiresToken() {
        given().get(PATH).then().statusCode(401);
    }

    private String publish(String eventId, UUID id, long version, String name) {
        String data = "{\"id\":\"" + id + "\",\"ags\":\"05978024\",\"name\":\"" + name + "\",\"subregion\":\"NORD\"}";
        kafka.send(KafkaBinding.toRecord(TOPIC, new CloudEvent(eventId, "/kim/region-service",
                RegionEvents.MUNICIPALITY.type(), id.toString(), OffsetDateTime.now(), version,
                data.getBytes(StandardCharsets.UTF_8))));
        return id.toString();
    }

    private static void awaitConsumed(double count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> consumed(null) >= count);
    }

    /** Events the replica's consumer has handled so far, by outcome (null: all outcomes). */
    private static double consumed(String outcome) {
        String metrics = given().get(ManagementInterface.url() + "/q/metrics").then().statusCode(200).extract()
                .asString();
        return metrics.lines()
                .filter(line -> line.startsWith("kim_events_consumed_total")
                        && line.contains("consumer=\"case-service.municipalities\"")
                        && (outcome == null || line.contains("outcome=\"" + outcome + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static RequestSpecification caseManager() {
        return given().auth().oauth2(TestTokens.forRole("fm.nord", Roles.CASE_MANAGER));
    }
}
