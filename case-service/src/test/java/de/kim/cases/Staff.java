package de.kim.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** Callers other than the case managers. */
public final class Staff {

    private Staff() {
    }

    public static RequestSpecification of(String authority) {
        return given().auth()
                .oauth2(TestTokens.forRole("staff-" + authority, Roles.AUTHORITY_STAFF, Map.of("authority", authority)))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification withRole(String role, Map<String, String> claims) {
        return as("user-" + role, role, claims);
    }

    /** A named user (whose audit entries a test looks for) of the role, with the realm's claims. */
    public static RequestSpecification as(String username, String role, Map<String, String> claims) {
        return given().auth().oauth2(TestTokens.forRole(username, role, claims)).contentType(ContentType.JSON);
    }

    /** The case as the authority's view shows it once it has caught up with {@code version}. */
    public static io.restassured.response.ExtractableResponse<io.restassured.response.Response> viewAt(
            String authority, String caseId, long version) {
        String path = "/api/views/" + authority.toLowerCase() + "/cases/" + caseId;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            var response = of(authority).get(path);
            return response.statusCode() == 200 && response.path("caseVersion") instanceof Number v
                    && v.longValue() >= version;
        });
        return of(authority).get(path).then().statusCode(200).extract();
    }

    /** Waits until the case is not (or no longer) in the authority's view. */
    public static void awaitAbsent(String authority, String caseId) {
        String path = "/api/views/" + authority.toLowerCase() + "/cases/" + caseId;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> of(authority).get(path).statusCode() == 404);
    }
}
