package de.kim.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;
import de.kim.platform.security.Roles;

/**
 * No one outside a case's sub-region, and no authority outside its consented view, reaches the case through any
 * operation of the served API: every operation that takes the case's id answers exactly as for an id that does not
 * exist, and every list, search and filter leaves it out. Writes send the body their schema describes (ids, dates
 * and choices filled in) with the case's current version, so an access check that came after the validation or the
 * version check would show as an answer that differs from the unknown id's.
 */
@QuarkusTest
class IsolationTest {

    KafkaBroker broker;

    @Test
    void anotherSubregionAndAnotherAuthorityFindNothingOfTheCase() {
        String name = "Isolation" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new HashMap<>(People.amira());
        person.put("lastName", name);
        CaseClient kase = CaseClient.open(CaseFixtures.municipality(broker, "NORD"), "NORD", person);
        kase.shareWith("JOBCENTER", "MASTER_DATA");
        Staff.viewAt("JOBCENTER", kase.id, kase.version());

        ApiOperations api = ApiOperations.served();
        List<String> leaks = new ArrayList<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        int checked = 0;
        for (Operation operation : api.all()) {
            boolean view = operation.path().startsWith("/api/views/{authority}");
            if (!operation.path().startsWith("/api/cases") && !view) {
                continue;
            }
            // The outsiders: case work of Süd; for the views the Jugendamt, which takes no part in the case.
            List<Supplier<RequestSpecification>> outsiders = view
                    ? List.of(() -> caller(Roles.AUTHORITY_STAFF, "authority", "JUGENDAMT"),
                            () -> caller(Roles.AGENCY_SYSTEM, "authority", "JUGENDAMT"))
                    : List.of(() -> caller(Roles.CASE_MANAGER, "subregion", "SUED"),
                            () -> caller(Roles.COORDINATOR, "subregion", "SUED"));
            boolean byId = operation.path().contains("{id}") || operation.path().contains("{caseId}");
            String path = api.concretePath(operation,
                    Map.of("id", kase.id, "caseId", kase.id, "authority", "jugendamt"));
            String unknown = api.concretePath(operation, Map.of("authority", "jugendamt"));
            for (Supplier<RequestSpecification> outsider : outsiders) {
                Response response = send(api, outsider.get(), operation, path, name, kase.version());
                checked++;
                answers.merge(response.statusCode(), 1, Integer::sum);
                int nobodys = send(api, outsider.get(), operation, unknown, name, kase.version()).statusCode();
                if (byId && (response.statusCode() != nobodys || response.statusCode() < 400)) {
                    leaks.add("%s answered %d, for an unknown id %d".formatted(operation, response.statusCode(),
                            nobodys));
                }
                // A problem names the path asked for; only a list naming the case would give it away.
                if (response.asString().contains(name) || (!byId && response.asString().contains(kase.id))) {
                    leaks.add("%s shows the case".formatted(operation));
                }
            }
        }
        System.out.printf("ISOLATION: %d requests of outsiders to case operations, answers %s%n", checked, answers);
        assertThat(checked).isGreaterThan(40);
        assertThat(leaks).isEmpty();
        kase.read();
        assertThat(kase.version()).as("nothing changed the case").isEqualTo(2);
    }

    private static Response send(ApiOperations api, RequestSpecification caller, Operation operation, String path,
            String search, long version) {
        RequestSpecification request = caller.header("If-Match", "\"" + version + "\"");
        return operation.hasBody()
                ? request.body(api.sample(api.bodySchema(operation)).toString()).request(operation.method(), path)
                : request.queryParam("q", search).request(operation.method(), path);
    }

    private static RequestSpecification caller(String role, String claim, String value) {
        return Staff.as("outsider-" + role + "-" + value, role, Map.of(claim, value));
    }
}
