package de.kim.cases.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;

/** Notes reach exactly those their visibility, the consent and § 65 SGB VIII allow. */
@QuarkusTest
class NoteTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String CONFIDED = "Mutter berichtet von Überforderung " + RUN;
    private static final String KEPT = "Vermittlungsvorschlag intern " + RUN;

    KafkaBroker broker;

    private CaseClient kase;

    @BeforeEach
    void aCaseWithJobcenterAndJugendamt() {
        kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        for (String authority : List.of("JOBCENTER", "JUGENDAMT")) {
            kase.post("/participations", Map.of("authority", authority, "since", "2026-01-01"));
            kase.post("/consents", Map.of("recipientKind", "AUTHORITY", "recipient", authority, "categories",
                    List.of("EDUCATION_WORK", "FAMILY_CHILD_WELFARE"), "purpose", "Hilfeplanung", "legalBasis",
                    "CONSENT", "documentReference", "Einwilligung S. 2", "grantedOn", "2026-01-01"));
        }
    }

    @Test
    void caseManagementNotesFollowVisibilityAndCategory() {
        kase.post("/notes", note("EDUCATION_WORK", "Sprachkurs begonnen", "ALL_PARTICIPANTS", false));
        kase.post("/notes", note("EDUCATION_WORK", "Nur für das KIM-Team", "OWN_AUTHORITY", false));
        kase.post("/notes", note("HEALTH", "Arzttermin vereinbart", "ALL_PARTICIPANTS", false));

        List<String> jobcenter = Staff.viewAt("JOBCENTER", kase.id, kase.version()).path("data.notes.text");
        assertThat(jobcenter).containsExactly("Sprachkurs begonnen");
        assertThat(kase.read().<List<String>>path("notes.text")).containsExactly("Sprachkurs begonnen",
                "Nur für das KIM-Team", "Arzttermin vereinbart");
    }

    @Test
    void confidedNoteStaysWithTheJugendamtUntilReleased() {
        var view = Staff.viewAt("JUGENDAMT", kase.id, kase.version());
        var written = Staff.of("JUGENDAMT").header("If-Match", view.header("ETag"))
                .body(note("FAMILY_CHILD_WELFARE", CONFIDED, "ALL_PARTICIPANTS", true))
                .post("/api/views/jugendamt/cases/" + kase.id + "/notes").then().statusCode(204).extract();
        long version = CaseClient.versionOf(written);

        var jugendamt = Staff.viewAt("JUGENDAMT", kase.id, version);
        assertThat(jugendamt.<List<String>>path("data.notes.text")).containsExactly(
                CONFIDED);
        assertThat(Staff.viewAt("JOBCENTER", kase.id, version).<List<?>>path("data.notes")).isEmpty();
        assertThat(kase.read().<List<?>>path("notes")).isEmpty();
        // Not even the history tells the case management who wrote what.
        var history = CaseFixtures.caseManager("NORD").get("/api/cases/" + kase.id + "/history").then()
                .statusCode(200).extract();
        assertThat(history.<String>path("[0].action")).isEqualTo("RESTRICTED_CHANGE");
        assertThat(history.<String>path("[0].actor.kind")).isEqualTo("RESTRICTED");
        assertThat(history.<List<?>>path("[0].changes")).isEmpty();
        assertThat(history.asString()).doesNotContain(TestTokens.subject("staff-JUGENDAMT"))
                .doesNotContain("staff-JUGENDAMT").doesNotContain("Überforderung");

        offEveryTopic(CONFIDED);

        String noteId = jugendamt.path("data.notes[0].id");
        var released = Staff.of("JUGENDAMT").header("If-Match", "\"" + version + "\"")
                .body(Map.of("basis", "CONSENT_OF_CONFIDER", "justification", "Mutter stimmt am 12.01. zu"))
                .post("/api/views/jugendamt/cases/" + kase.id + "/notes/" + noteId + "/release").then()
                .statusCode(204).extract();
        assertThat(Staff.viewAt("JOBCENTER", kase.id, CaseClient.versionOf(released))
                .<List<String>>path("data.notes.text")).containsExactly(CONFIDED);
        assertThat(kase.read().<String>path("notes[0].release.basis")).isEqualTo("CONSENT_OF_CONFIDER");
    }

    @Test
    void onlyTheJugendamtReceivesConfidedNotesAndOnlyParticipantsWrite() {
        long version = kase.version();
        Staff.of("JOBCENTER").header("If-Match", "\"" + version + "\"")
                .body(note("EDUCATION_WORK", "x", "ALL_PARTICIPANTS", true))
                .post("/api/views/jobcenter/cases/" + kase.id + "/notes").then().statusCode(422)
                .body("errors[0].field", equalTo("confided"));
        kase.send(note("EDUCATION_WORK", "x", "ALL_PARTICIPANTS", true)).post("/api/cases/" + kase.id + "/notes")
                .then().statusCode(422);
        Staff.of("SOZIALAMT").header("If-Match", "\"" + version + "\"")
                .body(note("FINANCES", "x", "ALL_PARTICIPANTS", false))
                .post("/api/views/sozialamt/cases/" + kase.id + "/notes").then().statusCode(404);
        Staff.of("JOBCENTER").header("If-Match", "\"" + version + "\"")
                .body(note("EDUCATION_WORK", "x", "ALL_PARTICIPANTS", false))
                .post("/api/views/jugendamt/cases/" + kase.id + "/notes").then().statusCode(403);
        Staff.of("JOBCENTER").header("If-Match", "\"" + version + "\"")
                .body(Map.of("basis", "COURT_ORDER", "justification", "x"))
                .post("/api/views/jobcenter/cases/" + kase.id + "/notes/" + UUID.randomUUID() + "/release")
                .then().statusCode(403);
        assertThat(kase.read().<List<?>>path("notes")).isEmpty();
        assertThat(kase.version()).isEqualTo(version);
    }

    @Test
    void ownAuthorityNoteOfTheJobcenterStaysInItsView() {
        var written = Staff.of("JOBCENTER").header("If-Match", "\"" + kase.version() + "\"")
                .body(note("EDUCATION_WORK", KEPT, "OWN_AUTHORITY", false))
                .post("/api/views/jobcenter/cases/" + kase.id + "/notes").then().statusCode(204).extract();
        long version = CaseClient.versionOf(written);
        assertThat(Staff.viewAt("JOBCENTER", kase.id, version).<List<String>>path("data.notes.text"))
                .containsExactly(KEPT);
        assertThat(Staff.viewAt("JUGENDAMT", kase.id, version).<List<?>>path("data.notes")).isEmpty();
        assertThat(kase.read().<List<?>>path("notes")).isEmpty();
        offEveryTopic(KEPT);
    }

    /**
     * Notes pile up over the months of a case; a change must not cost more because of them. Each shared note is a
     * record of its own, keyed by the note, on the case's partition (so in order with the case); the case's record
     * stays the same size however many notes the case has; a view's topic carries each note it may read on its own and
     * a tombstone of each when it may no longer read them.
     */
    @Test
    void notesAreRecordsOfTheirOwnSoNoRecordGrowsWithTheCase() {
        List<Long> versions = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            var written = kase.send(note("EDUCATION_WORK", "Kurs Woche " + i + " " + RUN, "ALL_PARTICIPANTS", false))
                    .header("Prefer", "return=minimal").post("/api/cases/" + kase.id + "/notes").then()
                    .statusCode(204).header("Preference-Applied", "return=minimal").extract();
            assertThat(written.body().asString()).isEmpty();
            versions.add(CaseClient.versionOf(written));
            kase.read();
        }
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        assertThat(Staff.viewAt("JOBCENTER", kase.id, kase.version()).<List<String>>path("data.notes.text"))
                .hasSize(12).first().isEqualTo("Kurs Woche 1 " + RUN);

        TopicProbe probe = broker.probe();
        probe.awaitRecord("kim.view.jobcenter.v1", r -> r.key().endsWith("/" + lastNoteId()), Duration.ofSeconds(20));
        List<ConsumerRecord<String, byte[]>> cases = probe.readAll("kim.cases.v1", Duration.ofSeconds(20)).stream()
                .filter(r -> kase.id.equals(TopicProbe.header(r, "ce_subject"))).toList();
        List<ConsumerRecord<String, byte[]>> states = cases.stream()
                .filter(r -> "de.kim.cases.case.v1".equals(TopicProbe.header(r, "ce_type"))).toList();
        List<ConsumerRecord<String, byte[]>> notes = cases.stream()
                .filter(r -> "de.kim.cases.note.v1".equals(TopicProbe.header(r, "ce_type"))).toList();
        assertThat(notes).hasSize(12).allSatisfy(record -> {
            assertThat(record.key()).startsWith(kase.id + "/");
            assertThat(record.partition()).isEqualTo(states.get(0).partition());
        });
        assertThat(notes.stream().map(r -> Long.parseLong(TopicProbe.header(r, "ce_aggregateversion"))))
                .containsExactlyElementsOf(versions);
        // The state a note is written in is the state before it, byte for byte: no record grows with the notes.
        List<ConsumerRecord<String, byte[]>> noteStates = states.subList(states.size() - 12, states.size());
        assertThat(noteStates).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(kase.id);
            assertThat(record.value()).isEqualTo(states.get(states.size() - 13).value());
            assertThat(JsonPath.from(TopicProbe.value(record)).<List<?>>getList("notes")).isEmpty();
        });

        kase.post("/consents/" + jobcenterConsent() + "/revoke", null);
        List<ConsumerRecord<String, byte[]>> jobcenter = probe.readUntil("kim.view.jobcenter.v1",
                r -> kase.id.equals(r.key()) && r.value() == null, Duration.ofSeconds(20));
        List<String> shown = jobcenter.stream()
                .filter(r -> "de.kim.views.note.v1".equals(TopicProbe.header(r, "ce_type")) && r.value() != null)
                .map(ConsumerRecord::key).toList();
        List<String> withdrawn = jobcenter.stream()
                .filter(r -> "de.kim.views.note.v1".equals(TopicProbe.header(r, "ce_type")) && r.value() == null)
                .map(ConsumerRecord::key).toList();
        assertThat(shown).hasSize(12).allMatch(key -> key.startsWith(kase.id + "/"));
        assertThat(withdrawn).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(Staff.viewAt("JUGENDAMT", kase.id, kase.version()).<List<String>>path("data.notes.text"))
                .hasSize(12);
    }

    private String lastNoteId() {
        List<String> ids = kase.read().path("notes.id");
        return ids.get(ids.size() - 1);
    }

    private String jobcenterConsent() {
        List<Map<String, Object>> consents = kase.read().path("consents");
        return consents.stream().filter(c -> "JOBCENTER".equals(c.get("recipient"))).findFirst().orElseThrow()
                .get("id").toString();
    }

    /**
     * A note only its writer's side may read is on no topic, not even the case-service's own: its view adds it when
     * read.
     */
    private void offEveryTopic(String text) {
        TopicProbe probe = broker.probe();
        for (String topic : List.of("kim.cases.v1", "kim.case-facts.v1", "kim.view.jugendamt.v1",
                "kim.view.jobcenter.v1")) {
            assertThat(probe.readAll(topic, Duration.ofSeconds(20))).as(topic)
                    .noneMatch(record -> record.value() != null && TopicProbe.value(record).contains(text));
        }
    }

    private static Map<String, Object> note(String category, String text, String visibility, boolean confided) {
        return Map.of("category", category, "text", text, "visibility", visibility, "confided", confided);
    }
}
