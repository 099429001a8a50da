package de.kim.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.database.AuditTrailRetention;
import de.kim.platform.security.Roles;

/** Every read and write of a case's personal data is on record, for the data-protection officer alone. */
@QuarkusTest
class AuditTest {

    KafkaBroker broker;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrailRetention auditRetention;

    @Test
    void readsAndWritesOfCaseManagersAndAuthoritiesAreRecorded() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        kase.shareWith("JOBCENTER", "MASTER_DATA");
        kase.read();
        Staff.viewAt("JOBCENTER", kase.id, kase.version());
        CaseFixtures.caseManager("NORD").get("/api/cases?size=100").then().statusCode(200);

        var log = dpo().queryParam("caseId", kase.id).queryParam("size", 100).get("/api/cases/audit").then()
                .statusCode(200).extract();
        List<String> actions = log.path("items.action");
        assertThat(actions).contains("CASE_OPENED", "PARTICIPATION_ADDED", "CONSENT_GRANTED", "CASE_READ",
                "VIEW_READ", "CASE_LISTED");
        assertThat(log.<List<String>>path("items.findAll { it.action == 'VIEW_READ' }.actingAuthority"))
                .containsOnly("JOBCENTER");
        assertThat(log.<List<String>>path("items.findAll { it.action == 'CASE_READ' }.actor"))
                .containsOnly(TestTokens.subject("fm-NORD"));
        assertThat(log.asString()).doesNotContain("Haddad");

        var byActor = dpo().queryParam("actor", TestTokens.subject("staff-JOBCENTER")).queryParam("caseId", kase.id)
                .get("/api/cases/audit").then().statusCode(200).extract();
        assertThat(byActor.<List<String>>path("items.action")).containsOnly("VIEW_READ");
    }

    /**
     * A list call is one entry naming the cases of the page it showed (the outside test saw one worklist call of a
     * case manager with 4 870 open cases write 4 870 rows); found by each of those cases, where it names only that one.
     */
    @Test
    void aListCallIsOneEntryNamingTheCasesItShowed() {
        var municipality = CaseFixtures.municipality(broker, "NORD");
        List<String> opened = List.of(CaseClient.open(municipality, "NORD", People.amira()).id,
                CaseClient.open(municipality, "NORD", People.amira()).id,
                CaseClient.open(municipality, "NORD", People.amira()).id);
        long before = entries();
        List<String> shown = CaseFixtures.caseManager("NORD").queryParam("size", 100).get("/api/cases/worklist")
                .then().statusCode(200).extract().path("items.caseId");
        assertThat(shown).containsAll(opened);
        assertThat(entries()).as("one entry for the whole page").isEqualTo(before + 1);

        var worklistRead = dpo().queryParam("actor", TestTokens.subject("fm-NORD")).queryParam("size", 1)
                .get("/api/cases/audit").then().statusCode(200).extract();
        assertThat(worklistRead.<String>path("items[0].action")).isEqualTo("WORKLIST_READ");
        assertThat(worklistRead.<List<String>>path("items[0].casesRead")).containsExactlyInAnyOrderElementsOf(shown);

        var ofOneCase = dpo().queryParam("caseId", opened.get(0)).queryParam("size", 100).get("/api/cases/audit")
                .then().statusCode(200).extract();
        assertThat(ofOneCase.<List<String>>path("items.action")).contains("WORKLIST_READ");
        assertThat(ofOneCase.<List<List<String>>>path("items.casesRead")).as("the page's cases named in the entry")
                .anySatisfy(cases -> assertThat(cases).contains(opened.get(0)));
    }

    /** The case manager's entries (the services' own, on events, run beside the test). */
    private long entries() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_event where actor = ?1")
                .setParameter(1, TestTokens.subject("fm-NORD")).getSingleResult()).longValue());
    }

    @Test
    void onlyTheDataProtectionOfficerQueriesTheLog() {
        CaseFixtures.caseManager("NORD").get("/api/cases/audit").then().statusCode(403);
        Staff.withRole(Roles.ADMIN, Map.of()).get("/api/cases/audit").then().statusCode(403);
        Staff.of("JOBCENTER").get("/api/cases/audit").then().statusCode(403);
        dpo().get("/api/cases/audit").then().statusCode(200);
        dpo().queryParam("from", "gestern").get("/api/cases/audit").then().statusCode(422);
    }

    @Test
    void entriesSayWhyAndCanBeFoundByPerson() {
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        kase.read();
        String person = kase.last().path("members[0].id");

        var log = dpo().queryParam("personId", person).get("/api/cases/audit").then().statusCode(200).extract();
        assertThat(log.<List<String>>path("items.caseId")).containsOnly(kase.id);
        assertThat(log.<List<String>>path("items.purpose")).containsOnly("CASE_MANAGEMENT");
        dpo().queryParam("personId", "keine-id").get("/api/cases/audit").then().statusCode(422);
    }

    @Test
    void noApiAndNoDatabaseUserChangesOrDeletesAnEntry() {
        CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", People.amira());
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            dpo().body("{}").request(method, "/api/cases/audit").then().statusCode(405);
        }
        long entries = count();
        for (String statement : List.of("update audit_event set actor = 'someone else'", "delete from audit_event",
                "truncate audit_event")) {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                    .run(() -> entityManager.createNativeQuery(statement).executeUpdate()))
                    .as(statement).hasStackTraceContaining("append-only");
        }
        assertThat(count()).isEqualTo(entries);
    }

    /**
     * The log is bounded: entries past their retention go, every younger one stays, and the database refuses to delete
     * an entry younger than a year whatever the retention is set to.
     */
    @Test
    void entriesPastTheirRetentionGoAndNoYoungerOne() throws Exception {
        String actor = "retention-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into audit_event (at, actor, case_id, action, purpose)
                values (now() - interval '3 years', ?1, null, 'THREE_YEARS_AGO', 'CASE_MANAGEMENT'),
                       (now() - interval '13 months', ?1, null, 'THIRTEEN_MONTHS_AGO', 'CASE_MANAGEMENT'),
                       (now() - interval '6 months', ?1, null, 'SIX_MONTHS_AGO', 'CASE_MANAGEMENT'),
                       (now() - interval '1 day', ?1, null, 'YESTERDAY', 'CASE_MANAGEMENT')
                """).setParameter(1, actor).executeUpdate());

        assertThat(auditRetention.forgetOlderThan(Duration.ofDays(2 * 365))).isGreaterThanOrEqualTo(1);
        assertThat(ages(actor)).containsExactly("THIRTEEN_MONTHS_AGO", "SIX_MONTHS_AGO", "YESTERDAY");
        assertThatThrownBy(() -> auditRetention.forgetOlderThan(Duration.ofDays(30)))
                .hasStackTraceContaining("entries younger than a year are kept");
        assertThat(ages(actor)).containsExactly("THIRTEEN_MONTHS_AGO", "SIX_MONTHS_AGO", "YESTERDAY");
        assertThat(auditRetention.forgetOlderThan(Duration.ofDays(366))).isGreaterThanOrEqualTo(1);
        assertThat(ages(actor)).containsExactly("SIX_MONTHS_AGO", "YESTERDAY");
    }

    @SuppressWarnings("unchecked")
    private List<String> ages(String actor) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select action from audit_event where actor = ?1 order by at
                """).setParameter(1, actor).getResultList());
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue());
    }

    private static io.restassured.specification.RequestSpecification dpo() {
        return Staff.withRole(Roles.DPO, Map.of());
    }
}
