package de.kim.regions.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.events.outbox.OutboxRelay;
import de.kim.regions.RegionApi;

/** HTTP → database → outbox → Kafka: what region-service publishes and when. */
@QuarkusTest
class MunicipalityPublishingTest {

    KafkaBroker broker;

    @Inject
    OutboxRelay relay;

    @Test
    void publishesRegisteredMunicipalityAsCloudEvent() {
        String id = register("05978024", "Lünen");

        ConsumerRecord<String, byte[]> record = broker.probe().awaitRecord("kim.regions.v1",
                r -> id.equals(r.key()), Duration.ofSeconds(20));

        assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("de.kim.regions.municipality.v1");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/kim/region-service");
        assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(TopicProbe.header(record, "ce_aggregateversion")).isEqualTo("0");
        assertThat(TopicProbe.header(record, "ce_id")).isNotBlank();
        assertThat(TopicProbe.header(record, "ce_time")).isNotBlank();
        assertThat(TopicProbe.value(record)).contains("\"ags\": \"05978024\"").contains("\"name\": \"Lünen\"")
                .contains("\"subregion\": \"NORD\"");
    }

    @Test
    void publishesEachChangeWithTheNextVersionAndDeletionAsTombstone() {
        String id = register(RegionApi.freshAgs(), "Bönen");
        String path = "/api/regions/municipalities/" + id;
        RegionApi.admin().header("If-Match", RegionApi.etag(path))
                .body(Map.of("ags", RegionApi.freshAgs(), "name", "Bönen (Westf.)", "subregion", "NORD")).put(path)
                .then().statusCode(200);
        RegionApi.admin().header("If-Match", RegionApi.etag(path)).delete(path).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> records = broker.probe().readUntil(
                "kim.regions.v1", r -> id.equals(r.key()) && r.value() == null, Duration.ofSeconds(20));
        List<String> versions = records.stream().filter(r -> id.equals(r.key()))
                .map(r -> TopicProbe.header(r, "ce_aggregateversion") + (r.value() == null ? " tombstone" : ""))
                .toList();
        assertThat(versions).containsExactly("0", "1", "2 tombstone");
    }

    @Test
    void keepsWritesWhileBrokerIsDownAndPublishesWhenItIsBack() throws Exception {
        broker.stop();
        String id;
        try {
            id = register("05978040", "Selm");
            assertThat(relay.backlog()).isGreaterThanOrEqualTo(1);
        } finally {
            broker.start();
        }

        broker.probe().awaitRecord("kim.regions.v1", r -> id.equals(r.key()),
                Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);
    }

    private static String register(String ags, String name) {
        RegionApi.subregion("NORD");
        return RegionApi.admin().body(Map.of("ags", ags, "name", name, "subregion", "NORD"))
                .post("/api/regions/municipalities")
                .then().statusCode(201)
                .extract().path("id");
    }
}
