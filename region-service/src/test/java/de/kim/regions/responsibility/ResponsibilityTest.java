package de.kim.regions.responsibility;

import static de.kim.regions.RegionApi.admin;
import static de.kim.regions.RegionApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
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
        String subject = "ko-" + RegionApi.freshAgs();
        admin().body(Map.of("subject", subject, "displayName", "Koordination Nord", "subregion", "NORD", "role",
                "COORDINATOR")).post("/api/regions/team-members").then().statusCode(201);
        admin().body(Map.of("municipalityId", lunen, "role", "CASE_MANAGEMENT", "fte", 2.0))
                .post("/api/regions/posts").then().statusCode(201);

        // Saturday before the spring-forward Sunday: next is Monday 15:00 summer time.
        as(Roles.CASE_MANAGER).queryParam("municipality", lunen).queryParam("quarter", lunenSued)
                .queryParam("at", "2027-03-27T12:00+01:00")
                .get("/api/regions/responsibility")
                .then().statusCode(200)
                .body("subregion.code", equalTo("NORD"))
                .body("quarter.name", equalTo("Lünen-Süd"))
                .body("coordinators.subject", hasItem(subject))
                .body("posts.fte", contains(2.0f))
                .body("contactPoints.contactPoint.name", contains("Michaelsheim"))
                .body("contactPoints[0].opens", equalTo("2027-03-29T15:00:00+02:00"))
                .body("contactPoints[0].closes", equalTo("2027-03-29T16:30:00+02:00"));
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
    void listsContactPointsWithoutOfficeHoursLast() {
        String werne = RegionApi.municipality("Werne", "NORD");
        Map<String, Object> byAppointment = RegionApi.michaelsheim(werne);
        byAppointment.put("name", "Termine nach Vereinbarung");
        byAppointment.put("officeHours", List.of());
        admin().body(byAppointment).post("/api/regions/contact-points").then().statusCode(201);
        admin().body(RegionApi.michaelsheim(werne)).post("/api/regions/contact-points").then().statusCode(201);

        as(Roles.CASE_MANAGER).queryParam("municipality", werne).get("/api/regions/responsibility")
                .then().statusCode(200)
                .body("contactPoints.contactPoint.name", contains("Michaelsheim", "Termine nach Vereinbarung"))
                .body("contactPoints[1].opens", nullValue());
    }

    @Test
    void rejectsMalformedIdAs422() {
        as(Roles.CASE_MANAGER).queryParam("municipality", "abc").get("/api/regions/responsibility")
                .then().statusCode(422).body("errors.field", contains("municipality"));
    }

    @Test
    void needsToken() {
        given().queryParam("municipality", RegionApi.municipality("Lünen", "NORD"))
                .get("/api/regions/responsibility").then().statusCode(401);
    }
}
