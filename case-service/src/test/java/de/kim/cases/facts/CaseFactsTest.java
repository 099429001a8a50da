package de.kim.cases.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.casefile.service.CaseRepublication;
import de.kim.cases.common.Now;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.events.contract.facts.AgeBand;

/**
 * The monitoring's stream, kim.case-facts.v1: each change of a case puts what the statistics need on it, under a
 * pseudonym, and nothing of the people, the staff or the case's own identifiers.
 */
@QuarkusTest
class CaseFactsTest {

    KafkaBroker broker;

    @Inject
    CaseFactsKey key;

    @Inject
    ObjectMapper json;

    @Inject
    CaseRepublication republication;

    @Inject
    EntityManager entityManager;

    @Test
    void aChangedCaseIsPublishedAsFactsUnderItsPseudonymOnly() throws Exception {
        UUID nord = CaseFixtures.municipality(broker, "NORD");
        String surname = "Faktenprobe" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new HashMap<>(People.amira());
        person.put("lastName", surname);
        CaseClient kase = CaseClient.open(nord, "NORD", person);
        kase.shareWith("JOBCENTER", "MASTER_DATA");
        UUID id = UUID.fromString(kase.id);
        String pseudonym = key.of(id);

        ConsumerRecord<String, byte[]> newest = broker.probe().awaitRecord(
                "kim.case-facts.v1",
                r -> pseudonym.equals(r.key()) && Long.toString(kase.version()).equals(
                        TopicProbe.header(r, "ce_aggregateversion")),
                Duration.ofSeconds(10));

        assertThat(pseudonym).hasSize(64).doesNotContain(kase.id);
        assertThat(TopicProbe.header(newest, "ce_subject")).isEqualTo(pseudonym);
        String text = TopicProbe.value(newest);
        String number = kase.read().path("number");
        assertThat(text).doesNotContain(surname, "Amira", "1990-04-12", kase.id, number, "SY");
        JsonNode facts = json.readTree(text);
        assertThat(facts.path("subregion").asText()).isEqualTo("NORD");
        assertThat(facts.path("municipalityId").asText()).isEqualTo(nord.toString());
        assertThat(facts.path("openedIn").asText()).isEqualTo(YearMonth.now(Now.ZONE).toString());
        AgeBand band = AgeBand.of(LocalDate.of(1990, 4, 12), Now.today());
        assertThat(facts.path("members"))
                .isEqualTo(json.valueToTree(List.of(Map.of("gender", "FEMALE", "ageBand", band.name()))));
        assertThat(facts.path("participations").get(0).path("authority").asText()).isEqualTo("JOBCENTER");
    }

    @Test
    void casesFromBeforeTheTopicArePublishedOnceMoreOnStart() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.yusuf());
        UUID id = UUID.fromString(kase.id);
        String pseudonym = key.of(id);
        String version = Long.toString(kase.version());
        // As the migration leaves a case that predates the facts topic.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into case_republication (case_id) values (?1)").setParameter(1, id)
                .executeUpdate());

        while (republication.publishBatch() > 0) {
            // until the list is empty
        }

        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from case_republication").getSingleResult()).longValue()))
                .isZero();
        TopicProbe probe = broker.probe();
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.readAll("kim.case-facts.v1", Duration.ofSeconds(5))
                .stream().filter(r -> pseudonym.equals(r.key())).count() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.readAll("kim.cases.v1", Duration.ofSeconds(10))
                .stream().filter(r -> kase.id.equals(r.key())
                        && version.equals(TopicProbe.header(r, "ce_aggregateversion")))
                .count() == 2);
    }
}
