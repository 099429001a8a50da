package de.kim.regions.responsibility;

import static de.kim.regions.RegionApi.admin;
import static de.kim.regions.RegionApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;
import de.kim.regions.RegionApi;

/** "Who is responsible here?" for a quarter of Lünen. */
@QuarkusTest
class ResponsibilityTest {

    @Test
    void answersSubregionTeamAndContactPointWithNextOpeningForLunenQuarter() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String lunenSued = RegionApi.quarter(lunen, "Lünen-Süd");
        Map<String, Object> michaelsheim = RegionApi.michaelsheim(lunen);
        michaelsheim.put("quarterId", lunenSued);
        admin().body(michaelsheim).post("/api/regions/contact-points").then().statusCode(201);
        admin().body(Map.of("subject", "238cf680-5725-5e6b-a6e6-43ca5d20d281", "displayName", "Koordination Nord",
                "subregion", "NORD", "role", "COORDINATOR")).post("/api/regions/team-members");
        admin().body(Map.of("municipalityId", lunen, "role", "CASE_MANAGEMENT", "fte", 2.0))
                .post("/api/regions/posts").then().statusCode(201);

        as(Roles.CASE_MANAGER).queryParam("municipality", lunen).queryParam("quarter", lunenSued)
                .get("/api/regions/responsibility")
                .then().statusCode(200)
                .body("subregion.code", equalTo("NORD"))
                .body("quarter.name", equalTo("Lünen-Süd"))
                .body("coordinators.displayName", contains("Koordination Nord"))
                .body("posts.fte", contains(2.0f))
                .body("contactPoints.contactPoint.name", contains("Michaelsheim"))
                .body("contactPoints[0].opens", notNullValue());
    }

    @Test
    void rejectsQuarterOfAnotherMunicipality() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String selm = RegionApi.municipality("Selm", "NORD");
        as(Roles.CASE_MANAGER).queryParam("municipality", lunen).queryParam("quarter", RegionApi.quarter(selm, "Bork"))
                .get("/api/regions/responsibility")
                .then().statusCode(422).body("errors.field", contains("quarter"));
    }

    @Test
    void needsToken() {
        given().queryParam("municipality", RegionApi.municipality("Lünen", "NORD"))
                .get("/api/regions/responsibility").then().statusCode(401);
    }
}
