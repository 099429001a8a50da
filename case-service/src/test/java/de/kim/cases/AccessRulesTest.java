package de.kim.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/**
 * Every endpoint of the case-service, both ways: the roles it names get past the door (what they then find is the
 * business of the other tests: 404 across sub-regions, 403 for another authority's view), every other role gets 403,
 * no token 401. Providers and analysts never reach a case.
 */
@QuarkusTest
class AccessRulesTest {

    private static final List<String> ALL_ROLES = List.of(Roles.CASE_MANAGER, Roles.COORDINATOR,
            Roles.AUTHORITY_STAFF, Roles.AGENCY_SYSTEM, Roles.PROVIDER_STAFF, Roles.ANALYST, Roles.DPO, Roles.ADMIN);
    private static final Set<String> CASE_WORK = Set.of(Roles.CASE_MANAGER, Roles.COORDINATOR);
    private static final Set<String> AUTHORITY = Set.of(Roles.AUTHORITY_STAFF, Roles.AGENCY_SYSTEM);
    private static final String ID = UUID.randomUUID().toString();
    private static final String CASE = "/api/cases/" + ID;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/cases", CASE_WORK),
                Arguments.of("POST", "/api/cases", CASE_WORK),
                Arguments.of("GET", CASE, CASE_WORK),
                Arguments.of("PUT", CASE, CASE_WORK),
                Arguments.of("GET", CASE + "/history", CASE_WORK),
                Arguments.of("POST", CASE + "/participations", CASE_WORK),
                Arguments.of("POST", CASE + "/participations/" + ID + "/end", CASE_WORK),
                Arguments.of("POST", CASE + "/consents", CASE_WORK),
                Arguments.of("POST", CASE + "/consents/" + ID + "/revoke", CASE_WORK),
                Arguments.of("POST", CASE + "/transfer", CASE_WORK),
                Arguments.of("POST", CASE + "/transfer/withdraw", CASE_WORK),
                Arguments.of("POST", CASE + "/transfer/accept", CASE_WORK),
                Arguments.of("POST", CASE + "/transfer/reject", CASE_WORK),
                Arguments.of("GET", "/api/cases/transfers/incoming", CASE_WORK),
                Arguments.of("PUT", CASE + "/assessment", CASE_WORK),
                Arguments.of("POST", CASE + "/goals", CASE_WORK),
                Arguments.of("PUT", CASE + "/goals/" + ID, CASE_WORK),
                Arguments.of("POST", CASE + "/goals/" + ID + "/measures", CASE_WORK),
                Arguments.of("PUT", CASE + "/goals/" + ID + "/measures/" + ID, CASE_WORK),
                Arguments.of("POST", CASE + "/conferences", CASE_WORK),
                Arguments.of("POST", CASE + "/notes", CASE_WORK),
                Arguments.of("GET", CASE + "/referrals", CASE_WORK),
                Arguments.of("POST", CASE + "/referrals", CASE_WORK),
                Arguments.of("GET", "/api/cases/worklist", CASE_WORK),
                // Reference data, no personal data: also for authorities (to read their view) and admins.
                Arguments.of("GET", "/api/cases/reference/municipalities", Set.of(Roles.CASE_MANAGER,
                        Roles.COORDINATOR, Roles.AUTHORITY_STAFF, Roles.AGENCY_SYSTEM, Roles.ADMIN)),
                Arguments.of("GET", "/api/cases/audit", Set.of(Roles.DPO)),
                Arguments.of("GET", "/api/views/jobcenter/cases", AUTHORITY),
                Arguments.of("GET", "/api/views/jobcenter/cases/" + ID, AUTHORITY),
                Arguments.of("POST", "/api/views/jobcenter/cases/" + ID + "/notes", AUTHORITY),
                Arguments.of("POST", "/api/views/jobcenter/cases/" + ID + "/notes/" + ID + "/release", AUTHORITY),
                Arguments.of("GET", "/api/views/consistency", Set.of(Roles.ADMIN)),
                Arguments.of("POST", "/api/views/rebuild", Set.of(Roles.ADMIN)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void onlyTheNamedRolesGetIn(String method, String path, Set<String> allowed) {
        assertThat(send(given().contentType(ContentType.JSON), method, path)).isEqualTo(401);
        for (String role : ALL_ROLES) {
            int status = send(as(role), method, path);
            if (allowed.contains(role)) {
                assertThat(status).as("%s %s as %s", method, path, role).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s %s as %s", method, path, role).isEqualTo(403);
            }
        }
    }

    private static int send(RequestSpecification request, String method, String path) {
        RequestSpecification withBody = method.equals("GET") ? request : request.body("{}");
        return withBody.request(method, path).statusCode();
    }

    /** A caller with the role and the claims that role comes with. */
    private static RequestSpecification as(String role) {
        Map<String, String> claims = switch (role) {
            case Roles.CASE_MANAGER, Roles.COORDINATOR -> Map.of("subregion", "NORD");
            case Roles.AUTHORITY_STAFF, Roles.AGENCY_SYSTEM -> Map.of("authority", "JOBCENTER");
            case Roles.PROVIDER_STAFF -> Map.of("provider", "caritas-luenen");
            default -> Map.of();
        };
        return given().auth().oauth2(TestTokens.forRole("access-" + role, role, claims))
                .contentType(ContentType.JSON);
    }
}
