package de.kim.cases.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.localinfra.kafka.KafkaBroker;

/** Needs assessment, support plan and case conferences (seed 002's questionnaire, Hilfeplan, Fallkonferenz). */
@QuarkusTest
class PlanTest {

    KafkaBroker broker;

    private CaseClient kase;
    private String amira;
    private String yusuf;

    @BeforeEach
    void aHousehold() {
        kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        var household = kase.read();
        Map<String, Object> first = household.path("members[0]");
        kase.put("", Map.of("municipalityId", household.<String>path("municipalityId"), "members",
                List.of(first, People.yusuf())));
        amira = kase.read().path("members[0].id");
        yusuf = kase.read().path("members[1].id");
        assertThat(amira).isEqualTo(first.get("id"));
    }

    @Test
    void assessmentFindsTheNeedsAndKeepsTheirIdsWhenRepeated() {
        var assessed = kase.put("/assessment", assessment(false));
        assertThat(assessed.<List<String>>path("needs.kind")).containsExactlyInAnyOrder("LANGUAGE_COURSE",
                "RECOGNITION", "SCHOOL");
        String schoolNeed = assessed.path("needs.find { it.kind == 'SCHOOL' }.id");
        assertThat(assessed.<String>path("needs.find { it.kind == 'SCHOOL' }.memberId")).isEqualTo(yusuf);
        assertThat(assessed.<String>path("needs.find { it.kind == 'SCHOOL' }.category")).isEqualTo("EDUCATION_WORK");

        var again = kase.put("/assessment", assessment(true));
        assertThat(again.<List<String>>path("needs.kind")).containsExactlyInAnyOrder("LANGUAGE_COURSE",
                "RECOGNITION", "HEALTH");
        assertThat(again.<String>path("needs.find { it.kind == 'HEALTH' }.category")).isEqualTo("HEALTH");
        assertThat(again.<String>path("needs.find { it.kind == 'LANGUAGE_COURSE' }.id"))
                .isEqualTo(assessed.<String>path("needs.find { it.kind == 'LANGUAGE_COURSE' }.id"));
        assertThat(schoolNeed).isNotNull();
    }

    @Test
    void assessmentOfSomeoneOutsideTheHouseholdChangesNothing() {
        kase.send(Map.of("assessedOn", "2026-01-10", "familyStatus", "MARRIED", "members",
                List.of(Map.of("memberId", java.util.UUID.randomUUID().toString())))).put("/api/cases/" + kase.id
                        + "/assessment")
                .then().statusCode(422).body("errors[0].field", equalTo("members[0].memberId"));
        kase.read().response().then().body("assessment", equalTo(null));
    }

    @Test
    void planGoalsAndMeasuresOwnedByParticipatingAuthorities() {
        String need = kase.put("/assessment", assessment(false)).path("needs.find { it.kind == 'LANGUAGE_COURSE' }.id");
        var withGoal = kase.post("/goals", Map.of("title", "Deutsch B1 erreichen", "needId", need));
        String goal = withGoal.path("goals[0].id");
        assertThat(withGoal.<String>path("goals[0].category")).isEqualTo("EDUCATION_WORK");

        // The Jobcenter does not take part yet: it cannot own a measure.
        kase.send(measure("JOBCENTER", "PLANNED")).post("/api/cases/" + kase.id + "/goals/" + goal + "/measures")
                .then().statusCode(422).body("errors[0].field", equalTo("responsibleAuthority"));
        kase.post("/participations", Map.of("authority", "JOBCENTER", "since", "2026-01-01"));
        var withMeasure = kase.post("/goals/" + goal + "/measures", measure("JOBCENTER", "PLANNED"));
        String measure = withMeasure.path("goals[0].measures[0].id");

        var done = kase.put("/goals/" + goal + "/measures/" + measure, measure("JOBCENTER", "DONE"));
        assertThat(done.<String>path("goals[0].measures[0].status")).isEqualTo("DONE");
        assertThat(done.<String>path("goals[0].measures[0].endedOn")).isNotNull();

        kase.send(Map.of("title", "Ohne Bedarf und Kategorie")).post("/api/cases/" + kase.id + "/goals").then()
                .statusCode(422).body("errors[0].field", equalTo("category"));
    }

    @Test
    void conferenceDecisionsBecomeMeasuresAndAreSharedByCategory() {
        kase.post("/participations", Map.of("authority", "JUGENDAMT", "since", "2026-01-01"));
        kase.post("/consents", Map.of("recipientKind", "AUTHORITY", "recipient", "JUGENDAMT", "categories",
                List.of("FAMILY_CHILD_WELFARE"), "purpose", "Hilfe zur Erziehung", "legalBasis", "CONSENT",
                "documentReference", "Einwilligung S. 7", "grantedOn", "2026-01-01"));
        var after = kase.post("/conferences", Map.of("heldOn", LocalDate.now().toString(), "participants",
                List.of("KIM", "JUGENDAMT"), "decisions",
                List.of(Map.of("text", "Schulanmeldung für Yusuf begleiten", "responsibleAuthority", "JUGENDAMT",
                        "dueDate", "2027-02-01", "category", "FAMILY_CHILD_WELFARE"),
                        Map.of("text", "Termin beim Integrationskursträger", "responsibleAuthority", "KIM",
                                "category", "EDUCATION_WORK"))));
        after.response().then().body("conferences", hasSize(1)).body("conferences[0].decisions", hasSize(2))
                .body("goals", hasSize(2))
                .body("goals.find { it.category == 'FAMILY_CHILD_WELFARE' }.measures[0].responsibleAuthority",
                        equalTo("JUGENDAMT"))
                .body("goals.find { it.category == 'FAMILY_CHILD_WELFARE' }.measures[0].conferenceId",
                        equalTo(after.path("conferences[0].id")));

        // The Jugendamt took part, but its consent covers only family matters: it reads only that decision.
        assertThat(Staff.viewAt("JUGENDAMT", kase.id, kase.version())
                .<List<String>>path("data.conferences[0].decisions.text"))
                .containsExactly("Schulanmeldung für Yusuf begleiten");

        kase.send(Map.of("heldOn", LocalDate.now().toString(), "participants", List.of("SOZIALAMT"), "decisions",
                List.of(Map.of("text", "x", "responsibleAuthority", "KIM", "category", "FINANCES"))))
                .post("/api/cases/" + kase.id + "/conferences")
                .then().statusCode(422).body("errors[0].field", equalTo("participants[0]"));
        kase.send(Map.of("heldOn", LocalDate.now().toString(), "participants", List.of("KIM"), "decisions",
                List.of(Map.of("text", "ohne Kategorie", "responsibleAuthority", "KIM"))))
                .post("/api/cases/" + kase.id + "/conferences")
                .then().statusCode(422).body("errors[0].field", equalTo("decisions[0].category"));
    }

    @Test
    void aGoalOrReferralCannotLowerTheCategoryOfItsNeed() {
        String health = kase.put("/assessment", assessment(true)).path("needs.find { it.kind == 'HEALTH' }.id");
        kase.send(Map.of("title", "Therapie", "needId", health, "category", "MASTER_DATA"))
                .post("/api/cases/" + kase.id + "/goals").then().statusCode(422)
                .body("errors[0].field", equalTo("category"));
        kase.post("/goals", Map.of("title", "Therapie", "needId", health, "category", "HEALTH"));
    }

    @Test
    void everyPlanChangeNeedsTheCurrentVersion() {
        CaseFixtures.caseManager("NORD").body(Map.of("title", "x", "category", "MASTER_DATA"))
                .post("/api/cases/" + kase.id + "/goals").then().statusCode(428);
        CaseFixtures.caseManager("NORD").header("If-Match", "\"" + (kase.version() - 1) + "\"")
                .body(Map.of("title", "x", "category", "MASTER_DATA")).post("/api/cases/" + kase.id + "/goals")
                .then().statusCode(412);
        kase.read().response().then().body("goals", hasSize(0));
    }

    @Test
    void aClosedNeedStaysClosedWhenTheAssessmentIsRepeated() {
        String language = kase.put("/assessment", assessment(false))
                .path("needs.find { it.kind == 'LANGUAGE_COURSE' }.id");
        var closed = kase.post("/needs/" + language + "/close", Map.of("reason", "MET_ELSEWHERE", "note",
                "Kurs bei der VHS Dortmund"));
        assertThat(closed.<String>path("needs.find { it.id == '" + language + "' }.closedReason"))
                .isEqualTo("MET_ELSEWHERE");
        assertThat(closed.<String>path("needs.find { it.id == '" + language + "' }.closedOn"))
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString());

        var again = kase.put("/assessment", assessment(false));
        assertThat(again.<String>path("needs.find { it.id == '" + language + "' }.closedReason"))
                .isEqualTo("MET_ELSEWHERE");
        kase.send(Map.of("reason", "MET")).post("/api/cases/" + kase.id + "/needs/" + language + "/close").then()
                .statusCode(409);

        var reopened = kase.post("/needs/" + language + "/reopen", Map.of());
        assertThat(reopened.<String>path("needs.find { it.id == '" + language + "' }.closedOn")).isNull();
    }

    @Test
    void aNeedAddedByHandStaysThroughTheNextAssessmentAndCannotBeOpenTwice() {
        var added = kase.post("/needs", Map.of("kind", "HOUSING", "memberId", amira, "comment",
                "Wohnung zu klein für zwei"));
        String housing = added.path("needs.find { it.kind == 'HOUSING' }.id");
        assertThat(added.<Boolean>path("needs.find { it.kind == 'HOUSING' }.derived")).isFalse();
        assertThat(added.<String>path("needs.find { it.kind == 'HOUSING' }.category")).isEqualTo("FINANCES");

        kase.send(Map.of("kind", "HOUSING", "memberId", amira)).post("/api/cases/" + kase.id + "/needs").then()
                .statusCode(422).body("errors[0].field", equalTo("kind")).body("errors[0].rule", equalTo("duplicate"));
        kase.send(Map.of("kind", "HOUSING", "memberId", java.util.UUID.randomUUID().toString()))
                .post("/api/cases/" + kase.id + "/needs").then().statusCode(422)
                .body("errors[0].field", equalTo("memberId")).body("errors[0].rule", equalTo("unknown"));

        var assessed = kase.put("/assessment", assessment(false));
        assertThat(assessed.<String>path("needs.find { it.kind == 'HOUSING' }.id")).isEqualTo(housing);

        // Closed and added again: the same need, open again.
        kase.post("/needs/" + housing + "/close", Map.of("reason", "NO_LONGER_NEEDED"));
        var readded = kase.post("/needs", Map.of("kind", "HOUSING", "memberId", amira));
        assertThat(readded.<String>path("needs.find { it.kind == 'HOUSING' }.id")).isEqualTo(housing);
        assertThat(readded.<String>path("needs.find { it.kind == 'HOUSING' }.closedOn")).isNull();
    }

    @Test
    void aNeedClosedWithoutAReasonOrUnknownChangesNothing() {
        String language = kase.put("/assessment", assessment(false))
                .path("needs.find { it.kind == 'LANGUAGE_COURSE' }.id");
        long version = kase.version();
        kase.send(Map.of()).post("/api/cases/" + kase.id + "/needs/" + language + "/close").then().statusCode(422)
                .body("errors[0].field", equalTo("reason")).body("errors[0].rule", equalTo("required"));
        kase.send(Map.of("reason", "SOMEHOW")).post("/api/cases/" + kase.id + "/needs/" + language + "/close").then()
                .statusCode(422).body("errors[0].rule", equalTo("one-of"))
                .body("errors[0].limits.allowed", hasSize(5));
        kase.send(Map.of("reason", "MET")).post("/api/cases/" + kase.id + "/needs/" + java.util.UUID.randomUUID()
                + "/close").then().statusCode(404);
        kase.read();
        assertThat(kase.version()).isEqualTo(version);
    }

    private Map<String, Object> assessment(boolean yusufInSchoolAndAmiraNeedsCare) {
        return Map.of("assessedOn", "2026-01-10", "familyStatus", "SINGLE_PARENT", "leisureInterests",
                List.of("Fußball", "Nähen"), "members",
                List.of(Map.of("memberId", amira, "schooling", "UPPER_SECONDARY", "yearsOfSchooling", 12,
                        "vocationalQualification", "Pharmazeutisch-technische Assistentin",
                        "qualificationRecognised", false, "employment", "NOT_IN_LABOUR_MARKET", "healthSupport",
                        yusufInSchoolAndAmiraNeedsCare),
                        Map.of("memberId", yusuf, "inChildcareOrSchool", yusufInSchoolAndAmiraNeedsCare)));
    }

    private static Map<String, Object> measure(String authority, String status) {
        return Map.of("description", "Anmeldung zum Integrationskurs", "responsibleAuthority", authority,
                "dueDate", "2027-03-01", "status", status);
    }
}
