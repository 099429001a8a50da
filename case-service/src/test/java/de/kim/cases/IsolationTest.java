package de.kim.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;
import de.kim.platform.security.Roles;

/**
 * No one outside a case's sub-region, and no authority outside its consented view, reaches the case through any
 * operation of the served API: every operation that takes the case's id answers exactly as for an id that does not
 * exist, and every list, search and filter leaves it out. Reads answer 404; writes get an empty body, so most are
 * refused as invalid (422) before any lookup, for either id: that their lookup is just as blind is shown with valid
 * bodies by the feature tests (transfers, views, notes, referrals).
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
        kase.post("/participations", Map.of("authority", "JOBCENTER", "since", "2026-01-01"));
        kase.post("/consents", Map.of("recipientKind", "AUTHORITY", "recipient", "JOBCENTER", "categories",
                List.of("MASTER_DATA"), "purpose", "Vermittlung", "legalBasis", "CONSENT", "documentReference", "S. 4",
                "grantedOn", "2026-01-01"));
        Staff.viewAt("JOBCENTER", kase.id, kase.version());

        ApiOperations api = ApiOperations.served();
        List<String> leaks = new ArrayList<>();
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
                Response response = send(outsider.get(), operation, path, name, kase.version());
                checked++;
                int nobodys = send(outsider.get(), operation, unknown, name, kase.version()).statusCode();
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
        System.out.printf("ISOLATION: %d requests of outsiders to case operations%n", checked);
        assertThat(checked).isGreaterThan(40);
        assertThat(leaks).isEmpty();
        kase.read();
        assertThat(kase.version()).as("nothing changed the case").isEqualTo(2);
    }

    private static Response send(RequestSpecification caller, Operation operation, String path, String search,
            long version) {
        RequestSpecification request = caller.header("If-Match", "\"" + version + "\"");
        return operation.hasBody()
                ? request.body("{}").request(operation.method(), path)
                : request.queryParam("q", search).request(operation.method(), path);
    }

    private static RequestSpecification caller(String role, String claim, String value) {
        return given().auth().oauth2(TestTokens.forRole("outsider-" + role + "-" + value, role, Map.of(claim, value)))
                .contentType(ContentType.JSON);
    }
}
