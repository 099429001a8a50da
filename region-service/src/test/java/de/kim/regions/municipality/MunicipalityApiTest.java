package de.kim.regions.municipality;

import static de.kim.regions.RegionApi.admin;
import static de.kim.regions.RegionApi.as;
import static de.kim.regions.RegionApi.asCoordinatorOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;
import de.kim.regions.RegionApi;

/** Who may read and change municipalities, and how bad input and stale writes are answered. */
@QuarkusTest
class MunicipalityApiTest {

    private static final String PATH = "/api/regions/municipalities";

    @BeforeEach
    void subregions() {
        RegionApi.subregion("NORD");
        RegionApi.subregion("SUED");
    }

    @Test
    void adminRegistersAndCaseManagerReads() {
        String ags = RegionApi.freshAgs();
        String id = admin().body(Map.of("ags", ags, "name", "Werne", "subregion", "NORD"))
                .post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .extract().path("id");

        as(Roles.CASE_MANAGER).get(PATH + "/" + id)
                .then().statusCode(200).body("name", equalTo("Werne")).body("ags", equalTo(ags))
                .body("subregion", equalTo("NORD"));
        as(Roles.CASE_MANAGER).queryParam("subregion", "NORD").queryParam("size", 100).get(PATH)
                .then().statusCode(200).body("items.name", hasItem("Werne"));
    }

    @Test
    void coordinatorRegistersInOwnSubregionOnly() {
        asCoordinatorOf("NORD").body(Map.of("ags", RegionApi.freshAgs(), "name", "Selm", "subregion", "NORD"))
                .post(PATH).then().statusCode(201);
        asCoordinatorOf("NORD").body(Map.of("ags", RegionApi.freshAgs(), "name", "Schwerte", "subregion", "SUED"))
                .post(PATH).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void rejectsRequestWithoutTokenAsProblem() {
        given().get(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:kim:problem:unauthorized"));
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
        String ags = RegionApi.freshAgs();
        as(Roles.PROVIDER_STAFF).body(Map.of("ags", ags, "name", "Nirgendwo", "subregion", "NORD"))
                .post(PATH)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:forbidden"));
        admin().queryParam("size", 100).get(PATH).then().body("items.ags", not(hasItem(ags)));
    }

    @Test
    void rejectsBadAgsAndBlankNameWith422ListingEachField() {
        admin().body(Map.of("ags", "12ab", "name", "", "subregion", "NORD"))
                .post(PATH)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:validation"))
                .body("errors.field", contains("ags", "name"));
    }

    @Test
    void rejectsUnknownSubregion() {
        admin().body(Map.of("ags", RegionApi.freshAgs(), "name", "Atlantis", "subregion", "WEST"))
                .post(PATH)
                .then().statusCode(422)
                .body("errors.field", contains("subregion"));
    }

    @Test
    void rejectsMalformedJson() {
        admin().body("{\"ags\":")
                .post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:malformed-request"));
    }

    @Test
    void rejectsDuplicateAgsWithConflict() {
        Map<String, String> body = Map.of("ags", RegionApi.freshAgs(), "name", "Bergkamen", "subregion", "NORD");
        admin().body(body).post(PATH).then().statusCode(201);
        admin().body(body).post(PATH)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:conflict"));
    }

    @Test
    void updatesWithCurrentEtagAndRefusesStaleOrMissingOne() {
        String id = RegionApi.municipality("Kamen", "NORD");
        String etag = RegionApi.etag(PATH + "/" + id);
        Map<String, String> renamed = Map.of("ags", RegionApi.freshAgs(), "name", "Kamen (Westf.)", "subregion",
                "NORD");

        admin().header("If-Match", etag).body(renamed).put(PATH + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("name", equalTo("Kamen (Westf.)"));
        admin().header("If-Match", etag).body(renamed).put(PATH + "/" + id)
                .then().statusCode(412).body("type", equalTo("urn:kim:problem:precondition-failed"));
        admin().body(renamed).put(PATH + "/" + id)
                .then().statusCode(428).body("type", equalTo("urn:kim:problem:precondition-required"));
    }

    @Test
    void refusesToDeleteMunicipalityWithQuarters() {
        String id = RegionApi.municipality("Brambauer-Stadt", "NORD");
        RegionApi.quarter(id, "Mitte");

        admin().header("If-Match", RegionApi.etag(PATH + "/" + id)).delete(PATH + "/" + id)
                .then().statusCode(409)
                .body("detail", containsString("quarters"));
        admin().get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void deletesUnreferencedMunicipality() {
        String id = RegionApi.municipality("Kurzlebig", "NORD");
        admin().header("If-Match", RegionApi.etag(PATH + "/" + id)).delete(PATH + "/" + id).then().statusCode(204);
        admin().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void answersUnknownIdWithNotFoundProblem() {
        as(Roles.CASE_MANAGER).get(PATH + "/6b1e9f8e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:not-found"));
    }

    @Test
    void boundsPageSize() {
        as(Roles.CASE_MANAGER).queryParam("size", 1000).get(PATH)
                .then().statusCode(422).body("errors.field", hasItem(containsString("size")));
        as(Roles.CASE_MANAGER).queryParam("sort", "secret").get(PATH)
                .then().statusCode(422).body("errors.field", contains("sort"));
    }

    @Test
    void answersUnknownPathWithNotFoundProblem() {
        as(Roles.CASE_MANAGER).get("/api/regions/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void answersWrongMethodWithProblem() {
        admin().delete(PATH)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kim:problem:method-not-allowed"));
    }
}
