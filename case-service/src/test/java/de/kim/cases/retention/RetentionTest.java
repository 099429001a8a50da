package de.kim.cases.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.cases.common.Now;
import de.kim.cases.facts.CaseFactsKey;
import de.kim.cases.referral.ReferralFixtures;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.security.Roles;

/**
 * Closed cases are anonymised once the retention period (3 years here, the default) has passed, and the anonymisation
 * reaches every copy: the database, the authority views and their topic, the case topic (tombstone) and the provider
 * (erasure of the referral). Open and recently closed cases stay.
 */
@QuarkusTest
class RetentionTest {

    KafkaBroker broker;

    @Inject
    CaseRetention retention;

    @Inject
    EntityManager entityManager;

    @Inject
    CaseFactsKey factsKey;

    /**
     * What the tombstones above leave to the broker: compacted topics with people in them compact within a week,
     * deleting ones (referral requests with a consented contact, dead letters) keep a record a week at most, as the
     * services create them.
     */
    @Test
    void topicsWithPersonalDataForgetWithinAWeek() {
        List<ConfigResource> topics = Stream.of("kim.cases.v1", "kim.referrals.v1", "kim.referrals.v1.dlt",
                "kim.cases.v1.dlt").map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        // The service's consumers create them on start.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertForgetWithinAWeek(topics));
    }

    private void assertForgetWithinAWeek(List<ConfigResource> topics) throws Exception {
        try (Admin admin = Admin.create(broker.clientSettings("admin"))) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(10, TimeUnit.SECONDS);
            String week = Long.toString(Duration.ofDays(7).toMillis());
            String day = Long.toString(Duration.ofDays(1).toMillis());
            Config cases = configs.get(topics.get(0));
            assertThat(cases.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(cases.get("max.compaction.lag.ms").value()).isEqualTo(week);
            assertThat(cases.get("delete.retention.ms").value()).isEqualTo(day);
            for (ConfigResource deleting : topics.subList(1, 4)) {
                Config config = configs.get(deleting);
                assertThat(config.get("cleanup.policy").value()).as(deleting.name()).isEqualTo("delete");
                assertThat(config.get("retention.ms").value()).as(deleting.name()).isEqualTo(week);
                assertThat(config.get("segment.ms").value()).as(deleting.name()).isEqualTo(day);
            }
        }
    }

    @Test
    void closedCasesAreAnonymisedAfterTheRetentionPeriodEverywhere() {
        UUID nord = CaseFixtures.municipality(broker, "NORD");
        String name = "Retention" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new HashMap<>(People.amira());
        person.put("lastName", name);
        CaseClient due = CaseClient.open(nord, "NORD", person);
        String member = due.read().path("members[0].id");
        due.shareWith("JOBCENTER", "MASTER_DATA", "EDUCATION_WORK");
        String note = due.post("/notes", Map.of("category", "EDUCATION_WORK", "text", "Gespräch mit Frau " + name,
                "visibility", "ALL_PARTICIPANTS", "confided", false)).path("notes[0].id");
        String noteKey = due.id + "/" + note;
        UUID offer = ReferralFixtures.activeOffer(broker, "caritas-luenen", "Sprachkurs A1");
        String referral = due.post("/referrals", Map.of("offerId", offer.toString(), "memberId", member, "category",
                "EDUCATION_WORK")).path("referrals[0].id");
        close(due, nord, member, person);
        Staff.viewAt("JOBCENTER", due.id, due.version());
        CaseClient recentlyClosed = CaseClient.open(nord, "NORD", person);
        close(recentlyClosed, nord, recentlyClosed.read().path("members[0].id"), person);
        CaseClient open = CaseClient.open(nord, "NORD", person);
        closedAgo(due.id, Duration.ofDays(3 * 366));

        int anonymised = retention.anonymiseDue(Now.today());

        assertThat(anonymised).isGreaterThanOrEqualTo(1);
        CaseFixtures.caseManager("NORD").get("/api/cases/" + due.id).then().statusCode(404);
        CaseFixtures.caseManager("NORD").get("/api/cases/" + recentlyClosed.id).then().statusCode(200);
        CaseFixtures.caseManager("NORD").get("/api/cases/" + open.id).then().statusCode(200);
        Staff.awaitAbsent("JOBCENTER", due.id);
        TopicProbe probe = broker.probe();
        probe.awaitRecord("kim.cases.v1", r -> due.id.equals(r.key()) && r.value() == null, Duration.ofSeconds(10));
        String pseudonym = factsKey.of(UUID.fromString(due.id));
        probe.awaitRecord("kim.case-facts.v1", r -> pseudonym.equals(r.key()) && r.value() == null,
                Duration.ofSeconds(10));
        probe.awaitRecord("kim.view.jobcenter.v1", r -> due.id.equals(r.key()) && r.value() == null,
                Duration.ofSeconds(10));
        // The notes are records of their own: each key gets its tombstone, or compaction would keep them.
        probe.awaitRecord("kim.cases.v1", r -> noteKey.equals(r.key()) && r.value() == null, Duration.ofSeconds(10));
        probe.awaitRecord("kim.view.jobcenter.v1", r -> noteKey.equals(r.key()) && r.value() == null,
                Duration.ofSeconds(10));
        probe.awaitRecord("kim.referrals.v1", r -> referral.equals(r.key())
                && "de.kim.referrals.erased.v1".equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(10));

        // Nothing of the person is left in any table, but the two cases kept on purpose (outbox drained first).
        await().atMost(Duration.ofSeconds(10)).until(() -> rowsMentioning(name).stream()
                .noneMatch(table -> table.startsWith("event_outbox")));
        assertThat(rowsMentioning(name)).allMatch(row -> row.contains(recentlyClosed.id) || row.contains(open.id));
        assertThat(count("select count(*) from anonymised_case where id = ?1", due.id)).isEqualTo(1);
        var log = Staff.withRole(Roles.DPO, Map.of()).queryParam("caseId", due.id).queryParam("size", 100)
                .get("/api/cases/audit").then().statusCode(200).extract();
        assertThat(log.<List<String>>path("items.action")).contains("CASE_ANONYMISED", "CASE_OPENED");
        assertThat(log.<List<String>>path("items.findAll { it.action == 'CASE_ANONYMISED' }.purpose"))
                .containsExactly("RETENTION");

        assertThat(retention.anonymiseDue(Now.today())).as("a second run finds nothing more").isZero();
        // A rebuild of the views replays the case's old states before its tombstone: it must not bring them back.
        Staff.withRole(Roles.ADMIN, Map.of()).post("/api/views/rebuild").then().statusCode(200);
        Staff.of("JOBCENTER").get("/api/views/jobcenter/cases/" + due.id).then().statusCode(404);
    }

    private static void close(CaseClient kase, UUID municipality, String member, Map<String, Object> person) {
        Map<String, Object> withId = new HashMap<>(person);
        withId.put("id", member);
        kase.put("", Map.of("municipalityId", municipality.toString(), "members", List.of(withId), "phase", "CLOSED",
                "closedReason", "Ziele erreicht"));
    }

    private void closedAgo(String caseId, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update case_phase_step set since = since - cast(?2 as interval)
                 where case_id = ?1 and phase = 'CLOSED'
                """).setParameter(1, UUID.fromString(caseId)).setParameter(2, ago.toDays() + " days").executeUpdate());
    }

    /** "table: row" for every row of every table whose text contains the value. */
    private List<String> rowsMentioning(String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> tables = entityManager.createNativeQuery("""
                    select table_name from information_schema.tables
                     where table_schema = current_schema() and table_type = 'BASE TABLE'
                    """).getResultList();
            List<String> found = new ArrayList<>();
            for (String table : tables) {
                @SuppressWarnings("unchecked")
                List<String> rows = entityManager.createNativeQuery(
                        "select t::text from \"" + table + "\" t where t::text like ?1").setParameter(1,
                                "%" + value + "%")
                        .getResultList();
                rows.forEach(row -> found.add(table + ": " + row));
            }
            return found;
        });
    }

    private long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }
}
