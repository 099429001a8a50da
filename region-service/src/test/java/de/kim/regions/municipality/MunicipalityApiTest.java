package de.kim.regions.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** Who may read and register municipalities, and how bad input is answered. */
@QuarkusTest
class MunicipalityApiTest {

    private static final String PATH = "/api/regions/municipalities";

    @Test
    void adminRegistersAndCaseManagerReads() {
        String id = as(Roles.ADMIN).contentType(ContentType.JSON)
                .body("{\"ags\":\"05978036\",\"name\":\"Werne\",\"subregion\":\"NORD\"}").post(PATH).then()
                .statusCode(201).header("Location", containsString("/api/regions/municipalities/")).extract()
                .path("id");

        as(Roles.CASE_MANAGER).get(PATH + "/" + id).then().statusCode(200).body("name", equalTo("Werne")).body("ags",
                equalTo("05978036"));
        as(Roles.CASE_MANAGER).queryParam("subregion", "NORD").get(PATH).then().statusCode(200).body("name",
                hasItem("Werne"));
    }

    @Test
    void rejectsRequestWithoutTokenAsProblem() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("type", equalTo("urn:kim:problem:unauthorized"));
    }

    @Test
    void rejectsExpiredToken() {
        given().auth().oauth2(TestTokens.expired("admin", Roles.ADMIN)).get(PATH).then().statusCode(401);
    }

    @Test
    void rejectsTokenForAnotherAudience() {
        given().auth().oauth2(TestTokens.forOtherAudience("admin", Roles.ADMIN)).get(PATH).then().statusCode(401);
    }

    @Test
    void forbidsRegistrationByProviderStaff() {
        as(Roles.PROVIDER_STAFF).contentType(ContentType.JSON)
                .body("{\"ags\":\"05978099\",\"name\":\"Nirgendwo\",\"subregion\":\"NORD\"}").post(PATH).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:forbidden"));
        as(Roles.ADMIN).get(PATH).then().body("ags", org.hamcrest.Matchers.not(hasItem("05978099")));
    }

    @Test
    void listsEveryInvalidFieldAndStoresNothing() {
        as(Roles.ADMIN).contentType(ContentType.JSON).body("{\"ags\":\"12ab\",\"name\":\"\",\"subregion\":\"NORD\"}")
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:validation")).body("errors.field", contains("ags", "name"));
        as(Roles.ADMIN).get(PATH).then().body("ags", org.hamcrest.Matchers.not(hasItem("12ab")));
    }

    @Test
    void rejectsUnknownSubregion() {
        as(Roles.ADMIN).contentType(ContentType.JSON)
                .body("{\"ags\":\"05978098\",\"name\":\"Atlantis\",\"subregion\":\"WEST\"}").post(PATH).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("subregion"));
    }

    @Test
    void rejectsMalformedJson() {
        as(Roles.ADMIN).contentType(ContentType.JSON).body("{\"ags\":").post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:kim:problem:malformed-request"));
    }

    @Test
    void rejectsDuplicateAgsWithConflict() {
        String body = "{\"ags\":\"05978016\",\"name\":\"Bergkamen\",\"subregion\":\"MITTE\"}";
        as(Roles.ADMIN).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201);
        as(Roles.ADMIN).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:kim:problem:conflict"));
    }

    @Test
    void answersUnknownIdWithNotFoundProblem() {
        as(Roles.CASE_MANAGER).get(PATH + "/6b1e9f8e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:kim:problem:not-found"));
    }

    @Test
    void rejectsUnknownSubregionFilterAsBadRequest() {
        as(Roles.CASE_MANAGER).queryParam("subregion", "WEST").get(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("subregion"));
    }

    @Test
    void answersUnknownPathWithNotFoundProblem() {
        as(Roles.CASE_MANAGER).get("/api/regions/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void answersWrongMethodWithProblem() {
        as(Roles.ADMIN).delete(PATH)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:method-not-allowed"));
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole("user-" + role, role));
    }
}
