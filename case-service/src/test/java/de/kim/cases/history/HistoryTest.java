package de.kim.cases.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;

/** The case history says who changed what when, without repeating the data. */
@QuarkusTest
class HistoryTest {

    KafkaBroker broker;

    @Test
    void everyVersionHasAnEntryWithTheChangedFields() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        var read = kase.read();
        Map<String, Object> member = read.path("members[0]");
        Map<String, Object> changed = new java.util.HashMap<>(member);
        changed.put("residenceValidUntil", "2029-03-31");
        kase.put("", Map.of("municipalityId", read.path("municipalityId"), "phase", "ORIENTIERUNG", "members",
                List.of(changed)));
        kase.post("/participations", Map.of("authority", "JOBCENTER", "since", "2026-01-01"));

        var history = CaseFixtures.caseManager("NORD").get("/api/cases/" + kase.id + "/history").then()
                .statusCode(200).extract();
        assertThat(history.<List<Integer>>path("version")).containsExactly(2, 1, 0);
        assertThat(history.<List<String>>path("action")).containsExactly("PARTICIPATION_ADDED", "CASE_UPDATED",
                "CASE_OPENED");
        assertThat(history.<List<String>>path("actor")).containsOnly(TestTokens.subject("fm-NORD"));
        assertThat(history.<List<String>>path("[1].changes")).containsExactlyInAnyOrder("phase",
                "members[" + member.get("id") + "].residenceValidUntil");
        assertThat(history.<List<String>>path("[0].changes")).hasSize(1).allMatch(p -> p.startsWith("participations["));
        assertThat(history.asString()).doesNotContain("2029-03-31").doesNotContain("Haddad");

        CaseFixtures.caseManager("SUED").get("/api/cases/" + kase.id + "/history").then().statusCode(404);
    }
}
