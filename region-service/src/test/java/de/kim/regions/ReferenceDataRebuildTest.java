package de.kim.regions;

import static de.kim.regions.RegionApi.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.outbox.OutboxRelay;

/**
 * A consumer starting from nothing rebuilds the complete reference data from kim.regions.v1: after creates, updates and
 * deletes, the latest state per key on the topic equals what the API serves.
 */
@QuarkusTest
class ReferenceDataRebuildTest {

    private static final List<String> COLLECTIONS = List.of("subregions", "municipalities", "quarters",
            "accommodations", "contact-points", "posts", "team-members");

    KafkaBroker broker;

    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper json;

    @Test
    void topicHoldsTheFullCurrentStateOfEveryEntity() throws Exception {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String gahmen = RegionApi.quarter(lunen, "Gahmen");
        String renamed = RegionApi.quarter(lunen, "Brambauer");
        admin().header("If-Match", RegionApi.etag("/api/regions/quarters/" + renamed))
                .body(Map.of("municipalityId", lunen, "name", "Brambauer (Sozialraum)", "kind", "SOCIAL_AREA"))
                .put("/api/regions/quarters/" + renamed).then().statusCode(200);
        admin().header("If-Match", RegionApi.etag("/api/regions/quarters/" + gahmen))
                .delete("/api/regions/quarters/" + gahmen).then().statusCode(204);
        admin().body(RegionApi.michaelsheim(lunen)).post("/api/regions/contact-points").then().statusCode(201);
        admin().body(Map.of("municipalityId", lunen, "role", "IMMIGRATION_OFFICE_BRIDGE", "fte", 2.0))
                .post("/api/regions/posts").then().statusCode(201);
        admin().body(Map.of("subject", "b84f370e-ee53-59cd-8293-8232fa23b2a9", "displayName", "Fallmanagement Nord",
                "subregion", "NORD", "role", "CASE_MANAGER")).post("/api/regions/team-members").then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);

        Map<String, JsonNode> rebuilt = rebuildFromTopic();
        Map<String, JsonNode> served = servedByApi();

        assertThat(rebuilt).isEqualTo(served);
        assertThat(rebuilt).doesNotContainKey(gahmen);
    }

    /** Replays the topic from offset 0 as a new consumer would: last state per key, tombstones remove. */
    private Map<String, JsonNode> rebuildFromTopic() throws Exception {
        Map<String, JsonNode> state = new HashMap<>();
        List<ConsumerRecord<String, byte[]>> records = broker.probe()
                .readAll(Topic.REGIONS.topicName(), Duration.ofSeconds(20));
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!TopicProbe.header(record, "ce_type").startsWith("de.kim.regions.")) {
                continue; // other tests' probes share the broker
            }
            if (record.value() == null) {
                state.remove(record.key());
            } else {
                state.put(record.key(), json.readTree(record.value()));
            }
        }
        return state;
    }

    private Map<String, JsonNode> servedByApi() throws Exception {
        Map<String, JsonNode> state = new HashMap<>();
        for (String collection : COLLECTIONS) {
            int page = 0;
            JsonNode body;
            do {
                body = json.readTree(admin().queryParam("size", 100).queryParam("page", page++)
                        .get("/api/regions/" + collection).then().statusCode(200).extract().asString());
                for (JsonNode item : body.get("items")) {
                    state.put(item.get("id").asText(), item);
                }
            } while (body.get("items").size() == 100);
        }
        return state;
    }
}
