package de.kim.regions.contactpoint;

import static de.kim.regions.RegionApi.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import de.kim.regions.RegionApi;

/** Contact points: public to read, validated office hours and languages, open-at queries. */
@QuarkusTest
class ContactPointApiTest {

    private static final String PATH = "/api/regions/contact-points";

    @Test
    void newcomersReadContactPointsWithoutToken() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String id = admin().body(RegionApi.michaelsheim(lunen)).post(PATH).then().statusCode(201).extract().path("id");

        given().get(PATH + "/" + id).then().statusCode(200)
                .body("name", equalTo("Michaelsheim"))
                .body("officeHours.day", contains("MONDAY", "THURSDAY", "FRIDAY"))
                .body("languages", contains("de", "ar"));
        given().queryParam("municipality", lunen).get(PATH).then().statusCode(200)
                .body("items.name", contains("Michaelsheim"));
    }

    @Test
    void writingNeedsToken() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        given().contentType(ContentType.JSON).body(RegionApi.michaelsheim(lunen)).post(PATH).then().statusCode(401);
    }

    @Test
    void listsContactPointsOpenAtATime() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        admin().body(RegionApi.michaelsheim(lunen)).post(PATH).then().statusCode(201);

        // Monday 2027-03-29 15:30 summer time: open; the same Monday 17:00: closed.
        given().queryParam("at", "2027-03-29T15:30+02:00").get(PATH + "/open").then().statusCode(200)
                .body("contactPoint.municipalityId", hasItem(lunen))
                .body("find { it.contactPoint.municipalityId == '" + lunen + "' }.opens",
                        equalTo("2027-03-29T15:00:00+02:00"));
        given().queryParam("at", "2027-03-29T17:00+02:00").get(PATH + "/open").then().statusCode(200)
                .body("contactPoint.municipalityId", not(hasItem(lunen)));
    }

    @Test
    void rejectsUnparsableTime() {
        given().queryParam("at", "Montag").get(PATH + "/open").then().statusCode(422)
                .body("errors.field", contains("at"));
    }

    @Test
    void rejectsUnknownLanguageCode() {
        Map<String, Object> body = RegionApi.michaelsheim(RegionApi.municipality("Lünen", "NORD"));
        body.put("languages", List.of("de", "klingon"));
        admin().body(body).post(PATH).then().statusCode(422).body("errors.field", contains("languages[1]"));
    }

    @Test
    void rejectsOverlappingOfficeHours() {
        Map<String, Object> body = RegionApi.michaelsheim(RegionApi.municipality("Lünen", "NORD"));
        body.put("officeHours",
                List.of(RegionApi.slot("MONDAY", "15:00", "16:30"), RegionApi.slot("MONDAY", "16:00", "17:00")));
        admin().body(body).post(PATH).then().statusCode(422).body("errors.field", contains("officeHours[1]"));
    }

    @Test
    void rejectsSlotThatClosesBeforeItOpens() {
        Map<String, Object> body = RegionApi.michaelsheim(RegionApi.municipality("Lünen", "NORD"));
        body.put("officeHours", List.of(RegionApi.slot("MONDAY", "16:30", "15:00")));
        admin().body(body).post(PATH).then().statusCode(422).body("errors.field", contains("officeHours[0]"));
    }

}
