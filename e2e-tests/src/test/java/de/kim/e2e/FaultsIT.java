package de.kim.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import de.kim.localinfra.kafka.TopicProbe;

/**
 * The suite under faults, as {@code ./kim} runs it (separate processes, the realm's Keycloak), on a suite of its own
 * whose PostgreSQL, Kafka and services the tests kill and restart. Each test says what it proved: changes
 * acknowledged, events delivered, views converged, lost = 0.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final RunningSuite SUITE = RunningSuite.forFaults();
    private static final String CASES_TOPIC = "kim.cases.v1";
    private static final Duration CONVERGE_WITHIN = Duration.ofSeconds(60);
    private static String lunen;

    @BeforeAll
    static void up() throws Exception {
        SUITE.up();
        for (JsonNode municipality : new Http(token("fm.nord")).read(caseService()
                + "/api/cases/reference/municipalities")) {
            if (municipality.path("name").asText().equals("Lünen")) {
                lunen = municipality.path("id").asText();
            }
        }
        assertThat(lunen).as("the demo district's Lünen").isNotNull();
    }

    @AfterAll
    static void down() throws Exception {
        SUITE.down();
    }

    /** Kafka SIGKILLed and restarted during 1 000 changes: writes never needed it; the outbox catches up. */
    @Test
    @Order(1)
    void brokerKilledDuringAThousandChangesLosesNothing() throws Exception {
        CaseStream stream = thousandChangesWith("Kafka killed and restarted", () -> {
            SUITE.kill("kafka");
            Thread.sleep(2_000);
            SUITE.start("kafka");
        });
        assertThat(stream.acknowledged.get()).as("every change answered 200: writes do not need the broker")
                .isEqualTo(1_000);
    }

    /** The case-service SIGKILLed mid-stream: in-flight changes are found or sent again; relay and views resume. */
    @Test
    @Order(2)
    void caseServiceKilledMidStreamResumesOutboxAndConsumers() throws Exception {
        CaseStream stream = thousandChangesWith("case-service killed (SIGKILL) and restarted", () -> {
            SUITE.kill("case-service");
            SUITE.start("case-service");
        });
        assertThat(stream.connectionsLost.get()).as("the kill broke connections").isPositive();
    }

    /** Every event of the cases delivered again, then a replay from offset 0: no view changes. */
    @Test
    @Order(3)
    void duplicateDeliveryAndReplayFromOffsetZeroChangeNoView() throws Exception {
        CaseStream stream = openCases("replay");
        stream.run(200, 4, 0, null);
        Map<String, Long> versions = stream.versions();
        awaitViewsConverged(versions);
        Map<String, String> views = viewsOf(versions.keySet());

        List<ProducerRecord<String, byte[]>> again = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : recordsOf(versions.keySet())) {
            ProducerRecord<String, byte[]> copy = new ProducerRecord<>(CASES_TOPIC, record.partition(), record.key(),
                    record.value());
            record.headers().forEach(header -> copy.headers().add(header));
            again.add(copy);
        }
        SUITE.kafkaProbe().sendAll(again);
        JsonNode rebuild = given().auth().oauth2(token("admin")).post(caseService() + "/api/views/rebuild").then()
                .statusCode(200).extract().as(JsonNode.class);
        awaitViewsConverged(versions);
        assertThat(viewsOf(versions.keySet())).as("views after duplicates and replay").isEqualTo(views);
        System.out.printf("FAULT duplicates and replay: %d events delivered again, replay from offset 0 read %d events"
                + " (%d entries changed); views of %d cases unchanged, lost = 0%n", again.size(),
                rebuild.path("eventsRead").asLong(), rebuild.path("changed").asLong(), versions.size());
        assertThat(rebuild.path("changed").asLong()).isZero();
    }

    /**
     * PostgreSQL stopped and started under a stream of new cases: each request is created (201) or cleanly refused
     * (503 problem+json with Retry-After), creating works again afterwards, and exactly the acknowledged cases exist,
     * each whole.
     */
    @Test
    @Order(4)
    void postgresRestartedUnderLoadRefusesCleanlyAndKeepsNoPartialWrite() throws Exception {
        Http caseManager = new Http(token("fm.nord"));
        String run = "neustart-" + UUID.randomUUID().toString().substring(0, 6);
        Set<String> created = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        List<Integer> createdAfterRestart = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> creators = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            creators.add(pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    Http.Answer answer = caseManager.post(caseService() + "/api/cases", Map.of("municipalityId",
                            lunen, "members", List.of(Map.of("firstName", "Probe", "lastName",
                                    run + "-" + writer + "-" + n, "birthDate", "1980-01-01", "gender", "MALE",
                                    "languages", List.of()))),
                            null);
                    answers.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() == 201) {
                        created.add(answer.json().path("id").asText());
                        if (restarted.get()) {
                            createdAfterRestart.add(n);
                        }
                    } else {
                        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                        assertThat(answer.header("Retry-After")).isNotNull();
                        Thread.sleep(100);
                    }
                }
                return null;
            }));
        }
        Thread.sleep(2_000);
        SUITE.stop("postgres");
        Thread.sleep(3_000);
        SUITE.start("postgres");
        restarted.set(true);
        long back = System.nanoTime();
        while (createdAfterRestart.size() < 20 && System.nanoTime() - back < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(100);
        }
        stop.set(true);
        for (Future<?> creator : creators) {
            creator.get();
        }
        pool.shutdown();

        assertThat(answers.get(503)).as("refused while the database was down").isNotNull();
        assertThat(createdAfterRestart).as("created again once it was back").hasSizeGreaterThanOrEqualTo(20);
        Set<String> stored = new HashSet<>();
        for (int page = 0;; page++) {
            JsonNode items = caseManager.read(caseService() + "/api/cases?size=100&page=" + page).path("items");
            for (JsonNode kase : items) {
                if (kase.path("members").path(0).path("lastName").asText().startsWith(run + "-")) {
                    stored.add(kase.path("id").asText());
                }
            }
            if (items.size() < 100) {
                break;
            }
        }
        assertThat(stored).as("exactly the acknowledged cases exist").isEqualTo(created);
        for (String id : created) {
            assertThat(caseManager.read(caseService() + "/api/cases/" + id).path("members").size())
                    .as("case %s whole", id).isEqualTo(1);
        }
        // The outbox relay and the view consumer came back as well.
        CaseStream stream = openCases("after-restart");
        stream.run(40, 4, 0, null);
        awaitViewsConverged(stream.versions());
        System.out.printf("FAULT PostgreSQL restarted under load: answers %s; %d cases acknowledged, %d stored, "
                + "none partial; views converge afterwards; lost = 0%n", answers, created.size(), stored.size());
    }

    /** A poison event on the cases' topic goes to the dead-letter topic with its reason; the partition goes on. */
    @Test
    @Order(5)
    void poisonEventIsDeadLetteredAndDoesNotBlockItsPartition() throws Exception {
        CaseStream stream = openCases("poison");
        String victim = stream.caseIds().get(0);
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(CASES_TOPIC, victim,
                "{not json".getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                .add("ce_source", "/kim/fault-test".getBytes(StandardCharsets.UTF_8))
                .add("ce_type", "de.kim.cases.case.v1".getBytes(StandardCharsets.UTF_8))
                .add("ce_subject", victim.getBytes(StandardCharsets.UTF_8))
                .add("ce_time", "2026-12-02T12:00:00Z".getBytes(StandardCharsets.UTF_8))
                .add("ce_aggregateversion", "999".getBytes(StandardCharsets.UTF_8));
        SUITE.kafkaProbe().send(poison);
        stream.run(20, 4, 0, null);
        awaitViewsConverged(stream.versions());
        ConsumerRecord<String, byte[]> dead = SUITE.kafkaProbe().awaitRecord(CASES_TOPIC + ".dlt",
                r -> victim.equals(r.key()), Duration.ofSeconds(30));
        assertThat(TopicProbe.header(dead, "kim_dlt_reason")).isNotBlank();
        System.out.printf("FAULT poison event: dead-lettered with reason \"%s\"; the %d changes after it reached "
                + "every view; lost = 0%n", TopicProbe.header(dead, "kim_dlt_reason"), stream.sent());
    }

    /**
     * Two case-services and two gateways on one database and one broker, the stream sent through both gateways in
     * turn; after 300 of 1 000 changes one case-service and one gateway are SIGKILLed (both instances of each are
     * alike: the same build, settings, database and consumer group). Every change is in its case once, every version
     * reaches the topic with each case's events in order, and the views converge with the surviving case-service
     * alone.
     */
    @Test
    @Order(6)
    void twoInstancesOfCaseServiceAndGatewayLoseOneEachMidStream() throws Exception {
        SUITE.start("case-service-2");
        SUITE.start("gateway-2");
        CaseStream stream = CaseStream.open(List.of(SUITE.gateway(), SUITE.gateway2()), new Http(token("fm.nord")),
                lunen, 8, "scale-" + UUID.randomUUID().toString().substring(0, 6));
        Map<String, Long> before = stream.versions();
        // The first instance served the tests before as well: count from here.
        Map<String, Long> notesServed = new HashMap<>(Map.of("case-service", -notesServed(RunningSuite.CASES),
                "case-service-2", -notesServed(RunningSuite.CASES_2)));
        long start = System.nanoTime();
        stream.run(1_000, 4, 300, () -> {
            notesServed.merge("case-service", notesServed(RunningSuite.CASES), Long::sum);
            notesServed.merge("case-service-2", notesServed(RunningSuite.CASES_2), Long::sum);
            SUITE.kill("case-service");
            SUITE.kill("gateway-2");
        });
        assertThat(notesServed.values()).as("notes each case-service served before the kill: both worked")
                .allSatisfy(count -> assertThat(count).isPositive());
        String survivor = SUITE.service(RunningSuite.CASES_2);
        report("one of two case-services and one of two gateways killed (SIGKILL)", stream, before, start, survivor);
        System.out.printf("FAULT scale-out: notes served before the kill %s; after it %d changes broken off (502, read"
                + " back), %d connections refused by the dead gateway (sent to the other)%n", notesServed,
                stream.brokenOff.get(), stream.connectionsRefused.get());
    }

    /** Notes the case-service instance on this port has taken, from its metrics. */
    private static long notesServed(int standardPort) {
        String metrics = given().get(SUITE.management(standardPort) + "/q/metrics").then().statusCode(200).extract()
                .asString();
        long served = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_seconds_count{") && line.contains("method=\"POST\"")
                    && line.contains("/notes\"")) {
                served += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return served;
    }

    private CaseStream openCases(String name) throws IOException {
        return CaseStream.open(List.of(caseService()), new Http(token("fm.nord")), lunen, 8,
                name + "-" + UUID.randomUUID().toString().substring(0, 6));
    }

    /**
     * 1 000 changes by four writers with the fault after the 300th; then the database, the topic and the views are
     * checked and what the test proved is printed.
     */
    private CaseStream thousandChangesWith(String fault, CaseStream.Fault inject) throws Exception {
        CaseStream stream = openCases(fault.split(" ")[0].toLowerCase());
        Map<String, Long> before = stream.versions();
        long start = System.nanoTime();
        stream.run(1_000, 4, 300, inject);
        report(fault, stream, before, start);
        return stream;
    }

    /** Checks the database, the topic and the views after a stream, and prints what the test proved. */
    private void report(String fault, CaseStream stream, Map<String, Long> before, long start) throws Exception {
        report(fault, stream, before, start, caseService());
    }

    /** As above, reading the views from the case-service at {@code caseService}. */
    private void report(String fault, CaseStream stream, Map<String, Long> before, long start, String caseService)
            throws Exception {
        Map<String, Long> versions = stream.assertEveryChangeOnceInTheDatabase(before);
        long converged = awaitViewsConverged(versions, caseService);
        List<ConsumerRecord<String, byte[]>> records = recordsOf(versions.keySet());
        Set<String> distinct = new HashSet<>();
        Map<String, Long> newestState = new HashMap<>();
        Map<String, Long> newest = new HashMap<>();
        Map<String, Set<String>> notesOnTopic = new HashMap<>();
        List<ConsumerRecord<String, byte[]>> states = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String caseId = TopicProbe.header(record, "ce_subject");
            long version = Long.parseLong(TopicProbe.header(record, "ce_aggregateversion"));
            boolean note = !caseId.equals(record.key());
            // A relay that died before it marked its batch sent sends it again (applied once); a record seen for the
            // first time must still come after every earlier version of its case. A note carries the version of the
            // change that wrote it, as the state of that change does: two relays may send those two in either order.
            if (distinct.add(record.key() + "@" + version)) {
                long previousState = newestState.getOrDefault(caseId, -1L);
                long previous = newest.getOrDefault(caseId, -1L);
                assertThat(version >= previous && (note || version > previousState))
                        .as("case %s: events in order on the topic (%s at %d after %d)", caseId, record.key(), version,
                                previous)
                        .isTrue();
            }
            newest.merge(caseId, version, Math::max);
            if (note) {
                notesOnTopic.computeIfAbsent(caseId, id -> new HashSet<>()).add(record.key());
            } else {
                newestState.merge(caseId, version, Math::max);
                states.add(record);
            }
        }
        Http caseManager = new Http(token("fm.nord"));
        for (String caseId : versions.keySet()) {
            Set<String> written = new HashSet<>();
            caseManager.read(caseService + "/api/cases/" + caseId).path("notes")
                    .forEach(n -> written.add(caseId + "/" + n.path("id").asText()));
            assertThat(notesOnTopic.getOrDefault(caseId, Set.of())).as("case %s: every note on the topic", caseId)
                    .isEqualTo(written);
        }
        distinct.removeIf(key -> key.contains("/"));
        long expectedEvents = versions.values().stream().mapToLong(v -> v + 1).sum();
        assertThat((long) distinct.size()).as("every version of every case on the topic").isEqualTo(expectedEvents);
        System.out.printf("FAULT %s: %d changes acknowledged, %d committed but unanswered (found and not resent), "
                + "%d refused with 503, %d connections lost; %d events delivered (%d duplicates on the topic, applied "
                + "once); views converged %d ms after the last change (%.1f s in all); lost = 0%n", fault,
                stream.acknowledged.get(), stream.committedWithoutAnswer.get(), stream.unavailable.get(),
                stream.connectionsLost.get(), distinct.size(), states.size() - distinct.size(), converged,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Waits until every authority's view shows each case at its version and the case-service reports no view behind
     * or drifted; returns how long that took.
     */
    private long awaitViewsConverged(Map<String, Long> versions) throws InterruptedException {
        return awaitViewsConverged(versions, caseService());
    }

    private long awaitViewsConverged(Map<String, Long> versions, String caseService) throws InterruptedException {
        long start = System.nanoTime();
        Map<String, Http> authorities = new HashMap<>();
        for (String authority : CaseStream.AUTHORITIES) {
            authorities.put(authority, new Http(agencySystemToken(authority)));
        }
        Http admin = new Http(token("admin"));
        List<String> behind = List.of();
        while (System.nanoTime() - start < CONVERGE_WITHIN.toNanos()) {
            behind = new ArrayList<>();
            for (Map.Entry<String, Long> kase : versions.entrySet()) {
                for (Map.Entry<String, Http> authority : authorities.entrySet()) {
                    try {
                        Http.Answer view = authority.getValue().get(caseService + "/api/views/"
                                + authority.getKey().toLowerCase() + "/cases/" + kase.getKey());
                        if (view.status() != 200 || view.json().path("caseVersion").asLong() != kase.getValue()) {
                            behind.add(authority.getKey() + " " + kase.getKey());
                        }
                    } catch (IOException e) {
                        behind.add(authority.getKey() + " " + kase.getKey() + " (" + e + ")");
                    }
                }
            }
            if (behind.isEmpty()) {
                JsonNode report = admin.read(caseService + "/api/views/consistency");
                if (report.path("casesBehind").asLong() == 0 && report.path("drift").asLong() == 0) {
                    return Duration.ofNanos(System.nanoTime() - start).toMillis();
                }
                behind = List.of("consistency report: " + report);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("views not converged within " + CONVERGE_WITHIN + ": " + behind);
    }

    /** Each case's view of each authority, as the authority reads it. */
    private Map<String, String> viewsOf(Set<String> caseIds) {
        Map<String, String> views = new HashMap<>();
        for (String authority : CaseStream.AUTHORITIES) {
            Http http = new Http(agencySystemToken(authority));
            for (String id : caseIds) {
                JsonNode view = http.read(caseService() + "/api/views/" + authority.toLowerCase() + "/cases/" + id);
                views.put(authority + " " + id, view.path("caseVersion") + " " + view.path("categories") + " "
                        + view.path("data"));
            }
        }
        return views;
    }

    /** The records of the cases on kim.cases.v1: their states and their notes (records of their own). */
    private List<ConsumerRecord<String, byte[]>> recordsOf(Set<String> caseIds) {
        return SUITE.kafkaProbe().readAll(CASES_TOPIC, Duration.ofSeconds(30)).stream()
                .filter(r -> caseIds.contains(TopicProbe.header(r, "ce_subject"))).toList();
    }

    private static String caseService() {
        return SUITE.service(RunningSuite.CASES);
    }

    private static String token(String username) {
        return RealmTokens.user(SUITE.keycloak(), username);
    }

    private static String agencySystemToken(String authority) {
        return RealmTokens.agencySystem(SUITE.keycloak(), authority);
    }
}
