package de.kim.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import de.kim.cases.CaseClient;
import de.kim.cases.CaseFixtures;
import de.kim.cases.People;
import de.kim.cases.Staff;
import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;
import de.kim.platform.security.Roles;

/**
 * Every operation of the served OpenAPI document that reads personal data writes an audit entry for the caller: the
 * test finds the reads itself, so a new one that forgets the audit fails here. Reads without personal data are named.
 */
@QuarkusTest
class AuditCoverageTest {

    /** Reads that show no household's data: reference data, the audit log itself, view counts. */
    private static final Set<String> WITHOUT_PERSONAL_DATA = Set.of("GET /api/cases/reference/municipalities",
            "GET /api/cases/reference/municipalities/{id}", "GET /api/cases/audit", "GET /api/views/consistency");

    KafkaBroker broker;

    @Inject
    EntityManager entityManager;

    @Test
    void everyReadOfPersonalDataWritesAnAuditEntry() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String caseManager = "audit-fm-" + run;
        String jobcenter = "audit-jc-" + run;
        String coordinator = "audit-ko-" + run;
        UUID nord = CaseFixtures.municipality(broker, "NORD");
        UUID sued = CaseFixtures.municipality(broker, "SUED");

        // A case of the caller's own (their worklist), shared with the Jobcenter (its view)...
        String caseId = as(caseManager).body(Map.of("municipalityId", nord, "members", List.of(People.amira())))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        CaseClient.of("NORD", caseId).shareWith("JOBCENTER", "MASTER_DATA");
        Staff.viewAt("JOBCENTER", caseId, 2);
        // ... and one moving in from Süd (incoming transfers).
        String moving = CaseFixtures.openCase(sued, "SUED", People.yusuf());
        CaseFixtures.caseManager("SUED").header("If-Match", "\"0\"")
                .body(Map.of("toMunicipalityId", nord.toString(), "reason", "Umzug"))
                .post("/api/cases/" + moving + "/transfer").then().statusCode(200);

        ApiOperations api = ApiOperations.served();
        List<String> unaudited = new ArrayList<>();
        int reads = 0;
        for (Operation operation : api.all()) {
            if (!operation.method().equals("GET") || WITHOUT_PERSONAL_DATA.contains(operation.toString())) {
                continue;
            }
            reads++;
            // Each read as the role it is for: authority views, the caseload of Süd's coordinator (whose case is being
            // handed over), else the case manager.
            boolean authority = operation.path().startsWith("/api/views/");
            boolean caseload = operation.path().equals("/api/cases/caseload");
            String caller = authority ? jobcenter : caseload ? coordinator : caseManager;
            long before = entriesBy(caller);
            String path = api.concretePath(operation, Map.of("id", caseId, "caseId", caseId, "authority", "jobcenter"));
            RequestSpecification request = authority
                    ? asJobcenter(jobcenter)
                    : caseload ? asCoordinator(coordinator) : as(caseManager);
            int status = request.get(path).statusCode();
            assertThat(status).as("GET %s", path).isEqualTo(200);
            if (entriesBy(caller) == before) {
                unaudited.add(operation.toString());
            }
        }
        System.out.printf("AUDIT: %d reads of personal data checked%n", reads);
        assertThat(reads).isGreaterThanOrEqualTo(8);
        assertThat(unaudited).as("reads of personal data without an audit entry").isEmpty();
        assertThat(api.all().stream().map(Operation::toString).toList()).containsAll(WITHOUT_PERSONAL_DATA);
    }

    private long entriesBy(String username) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_event where actor = ?1")
                .setParameter(1, TestTokens.subject(username)).getSingleResult()).longValue());
    }

    private static RequestSpecification as(String caseManager) {
        return Staff.as(caseManager, Roles.CASE_MANAGER, Map.of("subregion", "NORD"));
    }

    private static RequestSpecification asCoordinator(String username) {
        return Staff.as(username, Roles.COORDINATOR, Map.of("subregion", "SUED"));
    }

    private static RequestSpecification asJobcenter(String username) {
        return Staff.as(username, Roles.AUTHORITY_STAFF, Map.of("authority", "JOBCENTER"));
    }
}
