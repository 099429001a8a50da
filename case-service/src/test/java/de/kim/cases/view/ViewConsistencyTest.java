package de.kim.cases.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.cases.view.service.ViewExpiry;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.cloudevents.KafkaBinding;
import de.kim.platform.security.Roles;

/**
 * Acceptance for the authority views: after a run of random changes they show exactly what the cases allow; duplicate
 * and reordered delivery leaves them identical to a fresh rebuild from the topic; date-driven expiry needs no event.
 */
@QuarkusTest
class ViewConsistencyTest {

    private static final List<String> AUTHORITIES = List.of("JOBCENTER", "JUGENDAMT", "SOZIALAMT",
            "AUSLAENDERBEHOERDE");
    private static final List<String> CATEGORIES = List.of("MASTER_DATA", "RESIDENCE", "EDUCATION_WORK", "HEALTH",
            "FAMILY_CHILD_WELFARE", "FINANCES");

    KafkaBroker broker;

    @Inject
    EntityManager entityManager;

    @Inject
    ViewExpiry expiry;

    @Test
    void thousandRandomChangesLeaveNoDriftAndReplayedEventsChangeNothing() {
        UUID municipality = CaseFixtures.municipality(broker, "NORD");
        List<CaseClient> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cases.add(CaseClient.open(municipality, "NORD", People.amira()));
        }
        Random random = new Random(20261202);
        long started = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            randomChange(cases.get(random.nextInt(cases.size())), random);
        }
        long changesMillis = (System.nanoTime() - started) / 1_000_000;

        long converging = System.nanoTime();
        ExtractableResponse<Response> report = awaitConverged();
        System.out.printf("1000 random changes in %d ms; views converged %d ms after the last; report: %s%n",
                changesMillis, (System.nanoTime() - converging) / 1_000_000, summary(report));
        assertThat(report.<Integer>path("drift")).isZero();
        List<String> ids = cases.stream().map(c -> c.id).toList();
        Map<String, String> before = snapshot(ids);
        assertThat(before).isNotEmpty();

        // Every case event again, twice, shuffled: older versions and duplicates must change nothing.
        TopicProbe probe = broker.probe();
        List<ConsumerRecord<String, byte[]>> events = probe.readAll("kim.cases.v1", Duration.ofSeconds(10)).stream()
                .filter(r -> ids.contains(r.key())).collect(Collectors.toCollection(ArrayList::new));
        List<ConsumerRecord<String, byte[]>> replay = new ArrayList<>(events);
        replay.addAll(events);
        Collections.shuffle(replay, random);
        probe.sendAll(replay.stream().map(KafkaBinding::fromRecord)
                .map(event -> KafkaBinding.toRecord("kim.cases.v1", new CloudEvent(UUID.randomUUID().toString(),
                        event.source(), event.type(), event.subject(), event.time(), event.aggregateVersion(),
                        event.data())))
                .toList());
        await().atMost(Duration.ofSeconds(60)).until(() -> consistency().<Integer>path("consumerLag") == 0);
        assertThat(snapshot(ids)).isEqualTo(before);

        var rebuilt = admin().post("/api/views/rebuild").then().statusCode(200).extract();
        System.out.printf("Rebuild: %s%n", rebuilt.asString());
        assertThat(rebuilt.<Integer>path("changed")).isZero();
        assertThat(rebuilt.<Integer>path("removed")).isZero();
        assertThat(snapshot(ids)).isEqualTo(before);
        assertThat(awaitConverged().<Integer>path("drift")).isZero();
    }

    @Test
    void consentEndingWithTheDateLeavesTheViewWithoutAnEvent() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        kase.post("/participations", Map.of("authority", "SOZIALAMT", "since", "2026-01-01"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Berlin"));
        String consent = kase.post("/consents", Map.of("recipientKind", "AUTHORITY", "recipient", "SOZIALAMT",
                "categories", List.of("FINANCES"), "purpose", "Leistungsgewährung", "legalBasis", "STATUTORY_69",
                "justification", "§ 69 Abs. 1 Nr. 1 SGB X: Erfüllung einer Aufgabe", "grantedOn", "2026-01-01",
                "validUntil", today.plusDays(2).toString())).path("consents[0].id");
        Staff.viewAt("SOZIALAMT", kase.id, kase.version());

        int reapplied = QuarkusTransaction.requiringNew().call(() -> expiry.applyDue(today.plusDays(3)));
        assertThat(reapplied).isPositive();
        Staff.of("SOZIALAMT").get("/api/views/sozialamt/cases/" + kase.id).then().statusCode(404);
        broker.probe().awaitRecord("kim.view.sozialamt.v1",
                r -> kase.id.equals(r.key()) && r.value() == null, Duration.ofSeconds(10));
        // Back to today's truth for the other tests: the consent ends now.
        kase.post("/consents/" + consent + "/revoke", null);
    }

    @Test
    void aNoteAlteredOrMissingInTheViewsIsDrift() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        kase.post("/notes", Map.of("category", "EDUCATION_WORK", "text", "Sprachkurs ab März", "visibility",
                "ALL_PARTICIPANTS"));
        kase.post("/notes", Map.of("category", "HEALTH", "text", "Nur für uns", "visibility", "OWN_AUTHORITY"));
        assertThat(notesDrifted(awaitConverged())).doesNotContain(kase.id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from authority_view_note where case_id = ?1")
                .setParameter(1, UUID.fromString(kase.id)).getSingleResult()).longValue()))
                .as("only the shared note is kept in the views").isEqualTo(1);

        viewNotes("update authority_view_note set note = jsonb_set(note, '{text}', '\"Sprachkurs ab April\"')"
                + " where case_id = ?1", kase.id);
        var altered = consistency();
        assertThat(notesDrifted(altered)).contains(kase.id);
        assertThat(altered.<Integer>path("drift")).isPositive();

        viewNotes("delete from authority_view_note where case_id = ?1", kase.id);
        assertThat(notesDrifted(consistency())).contains(kase.id);

        var rebuilt = admin().post("/api/views/rebuild").then().statusCode(200).extract();
        assertThat(rebuilt.<Integer>path("changed")).isZero();
        assertThat(notesDrifted(awaitConverged())).doesNotContain(kase.id);
    }

    private static List<String> notesDrifted(ExtractableResponse<Response> report) {
        return report.path("notesDrifted");
    }

    private void viewNotes(String statement, String caseId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement)
                .setParameter(1, UUID.fromString(caseId)).executeUpdate());
    }

    @Test
    void onlyAdminsOperateTheViews() {
        admin().get("/api/views/consistency").then().statusCode(200);
        CaseFixtures.caseManager("NORD").get("/api/views/consistency").then().statusCode(403);
        Staff.of("JOBCENTER").get("/api/views/consistency").then().statusCode(403);
        Staff.withRole(Roles.DPO, Map.of()).post("/api/views/rebuild").then().statusCode(403);
        CaseFixtures.caseManager("NORD").post("/api/views/rebuild").then().statusCode(403);
    }

    private ExtractableResponse<Response> awaitConverged() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var report = consistency();
            return report.<Integer>path("casesBehind") == 0 && Integer.valueOf(0).equals(report.path("consumerLag"));
        });
        return consistency();
    }

    private static ExtractableResponse<Response> consistency() {
        return admin().get("/api/views/consistency").then().statusCode(200).extract();
    }

    private static String summary(ExtractableResponse<Response> report) {
        return "cases " + report.path("cases") + ", behind " + report.path("casesBehind") + ", drift "
                + report.path("drift") + ", views " + report.path("views.collect { it.authority + ':' + it.entries }");
    }

    /** Every view entry of these cases, as stored. */
    private Map<String, String> snapshot(List<String> caseIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select authority || '/' || case_id, case_version || ' ' || categories::text || ' ' || data::text
                      from authority_view_case where case_id = any(cast(?1 as uuid[]))
                    """, Object[].class).setParameter(1, caseIds.stream().map(UUID::fromString).toArray(UUID[]::new))
                    .getResultList();
            Map<String, String> snapshot = new HashMap<>();
            rows.forEach(r -> snapshot.put((String) r[0], (String) r[1]));
            return snapshot;
        });
    }

    private static void randomChange(CaseClient kase, Random random) {
        var state = kase.last() == null ? kase.read() : kase.last();
        String authority = AUTHORITIES.get(random.nextInt(AUTHORITIES.size()));
        List<Map<String, Object>> participations = state.path("participations");
        List<Map<String, Object>> consents = state.path("consents");
        switch (random.nextInt(7)) {
            case 0 -> {
                boolean active = participations.stream()
                        .anyMatch(p -> authority.equals(p.get("authority")) && p.get("until") == null);
                if (active) {
                    Map<String, Object> p = participations.stream()
                            .filter(x -> authority.equals(x.get("authority")) && x.get("until") == null).findFirst()
                            .orElseThrow();
                    kase.send(null).queryParam("until", LocalDate.now().minusDays(1).toString())
                            .post("/api/cases/" + kase.id + "/participations/" + p.get("id") + "/end").then()
                            .statusCode(200);
                    kase.read();
                } else {
                    kase.post("/participations", Map.of("authority", authority, "since", "2026-01-01"));
                }
            }
            case 1, 2 -> kase.post("/consents", Map.of("recipientKind", "AUTHORITY", "recipient", authority,
                    "categories", randomCategories(random), "purpose", "Hilfeplanung", "legalBasis", "CONSENT",
                    "documentReference", "Einwilligung " + random.nextInt(100), "grantedOn", "2026-01-01"));
            case 3 -> {
                List<Map<String, Object>> active = consents.stream().filter(c -> c.get("revokedAt") == null).toList();
                if (!active.isEmpty()) {
                    kase.post("/consents/" + active.get(random.nextInt(active.size())).get("id") + "/revoke", null);
                }
            }
            case 4 -> kase.post("/notes", Map.of("category", CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                    "text", "Vermerk " + random.nextInt(1000), "visibility",
                    random.nextBoolean() ? "ALL_PARTICIPANTS" : "OWN_AUTHORITY"));
            case 5 -> kase.post("/goals", Map.of("title", "Ziel " + random.nextInt(1000), "category",
                    CATEGORIES.get(random.nextInt(CATEGORIES.size()))));
            default -> {
                Map<String, Object> member = new HashMap<>(state.path("members[0]"));
                member.put("residenceValidUntil", LocalDate.of(2027, 1, 1).plusDays(random.nextInt(900)).toString());
                kase.put("", Map.of("municipalityId", state.<String>path("municipalityId"), "phase",
                        List.of("ANKOMMEN", "ORIENTIERUNG", "EINGEWOEHNUNG", "INTEGRATION").get(random.nextInt(4)),
                        "members", List.of(member)));
            }
        }
    }

    private static List<String> randomCategories(Random random) {
        Set<String> chosen = new java.util.TreeSet<>();
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count) {
            chosen.add(CATEGORIES.get(random.nextInt(CATEGORIES.size())));
        }
        return new ArrayList<>(chosen);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return Staff.withRole(Roles.ADMIN, Map.of());
    }
}
