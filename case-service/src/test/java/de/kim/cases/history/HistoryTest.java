package de.kim.cases.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;

/** The case history says who changed what when, in words: names, old and new values, never ids or paths. */
@QuarkusTest
class HistoryTest {

    KafkaBroker broker;

    @Test
    void everyVersionSaysWhoChangedWhichValueOfWhom() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        var read = kase.read();
        Map<String, Object> amira = new HashMap<>(read.path("members[0]"));
        amira.put("birthDate", "1990-04-21");
        amira.put("residenceValidUntil", "2029-03-31");
        kase.put("", Map.of("municipalityId", read.path("municipalityId"), "phase", "ORIENTIERUNG", "members",
                List.of(amira, People.yusuf())));
        kase.post("/participations", Map.of("authority", "JOBCENTER", "since", "2026-01-01"));

        JsonPath history = history(kase);
        assertThat(history.getList("version", Integer.class)).containsExactly(2, 1, 0);
        assertThat(history.getList("action", String.class)).containsExactly("PARTICIPATION_ADDED", "CASE_UPDATED",
                "CASE_OPENED");
        assertThat(history.getList("actor.kind", String.class)).containsOnly("PERSON");
        assertThat(history.getList("actor.name", String.class)).containsOnly("fm-NORD");
        assertThat(history.getList("[1].changes", Map.class)).containsExactlyInAnyOrder(
                change("case", "phase", null, "ANKOMMEN", "ORIENTIERUNG"),
                change("member", "birthDate", "Amira Haddad", "1990-04-12", "1990-04-21"),
                change("member", "residenceValidUntil", "Amira Haddad", "2028-03-31", "2029-03-31"),
                change("member", "added", "Yusuf Haddad", null, null));
        assertThat(history.getList("[0].changes", Map.class))
                .containsExactly(change("participation", "added", "JOBCENTER", null, null));
        assertThat(history.getList("[2].changes")).isEmpty();
        // Who is who only by name: no subject ids, no member ids, no field paths.
        assertThat(history.prettify()).doesNotContain(TestTokens.subject("fm-NORD"))
                .doesNotContain(amira.get("id").toString()).doesNotContain("members[");

        CaseFixtures.caseManager("SUED").get("/api/cases/" + kase.id + "/history").then().statusCode(404);
    }

    @Test
    void removingAPersonAndClosingANeedReadAsSuch() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        var read = kase.read();
        String municipality = read.path("municipalityId");
        Map<String, Object> first = read.path("members[0]");
        kase.put("", Map.of("municipalityId", municipality, "members", List.of(first, People.yusuf())));
        Map<String, Object> amira = kase.read().path("members[0]");
        String need = kase.post("/needs", Map.of("kind", "HOUSING", "memberId", amira.get("id")))
                .path("needs[0].id");
        kase.post("/needs/" + need + "/close", Map.of("reason", "MET"));
        kase.put("", Map.of("municipalityId", municipality, "members", List.of(amira)));

        JsonPath history = history(kase);
        assertThat(history.getList("[0].changes", Map.class))
                .containsExactly(change("member", "removed", "Yusuf Haddad", null, null));
        assertThat(history.getList("[1].changes", Map.class)).containsExactly(
                Map.of("subject", "need", "label", "HOUSING", "of", "Amira Haddad", "field", "closed", "to", "MET"));
    }

    private static JsonPath history(CaseClient kase) {
        return CaseFixtures.caseManager("NORD").get("/api/cases/" + kase.id + "/history").then().statusCode(200)
                .extract().jsonPath();
    }

    /** A change as the API answers it: absent values are left out. */
    private static Map<String, Object> change(String subject, String field, String label, String from, String to) {
        Map<String, Object> change = new HashMap<>();
        change.put("subject", subject);
        change.put("field", field);
        if (label != null) {
            change.put("label", label);
        }
        if (from != null) {
            change.put("from", from);
        }
        if (to != null) {
            change.put("to", to);
        }
        return change;
    }
}
