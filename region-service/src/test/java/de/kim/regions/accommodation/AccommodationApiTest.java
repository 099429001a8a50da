package de.kim.regions.accommodation;

import static de.kim.regions.RegionApi.admin;
import static de.kim.regions.RegionApi.as;
import static de.kim.regions.RegionApi.asCoordinatorOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;
import de.kim.regions.RegionApi;

/** Accommodations: capacity 1–48, occupancy within capacity, quarters of their own municipality. */
@QuarkusTest
class AccommodationApiTest {

    private static final String PATH = "/api/regions/accommodations";

    @Test
    void registersAccommodationWithinLimits() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String id = admin().body(accommodation(lunen, 48, 30)).post(PATH)
                .then().statusCode(201).body("capacity", equalTo(48)).extract().path("id");

        as(Roles.CASE_MANAGER).get(PATH + "/" + id).then().statusCode(200).body("name", equalTo("Auf dem Ringe"))
                .body("address.postalCode", equalTo("44536"));
    }

    @Test
    void rejectsCapacityOf49() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        admin().body(accommodation(lunen, 49, 0)).post(PATH)
                .then().statusCode(422).body("errors.field", contains("capacity"));
    }

    @Test
    void rejectsOccupancyAboveCapacity() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        admin().body(accommodation(lunen, 20, 21)).post(PATH)
                .then().statusCode(422).body("errors.field", contains("occupancy"));
    }

    @Test
    void rejectsQuarterOfAnotherMunicipality() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String werne = RegionApi.municipality("Werne", "NORD");
        Map<String, Object> body = accommodation(lunen, 10, 0);
        body.put("quarterId", RegionApi.quarter(werne, "Stockum"));

        admin().body(body).post(PATH).then().statusCode(422).body("errors.field", contains("quarterId"));
    }

    @Test
    void refusesToDeleteQuarterWithAccommodation() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String quarter = RegionApi.quarter(lunen, "Lünen-Süd");
        Map<String, Object> body = accommodation(lunen, 10, 0);
        body.put("quarterId", quarter);
        admin().body(body).post(PATH).then().statusCode(201);

        String quarterPath = "/api/regions/quarters/" + quarter;
        admin().header("If-Match", RegionApi.etag(quarterPath)).delete(quarterPath)
                .then().statusCode(409).body("detail", containsString("accommodations"));
    }

    @Test
    void refusesToMoveQuarterWithAccommodationToAnotherMunicipality() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String werne = RegionApi.municipality("Werne", "NORD");
        String quarter = RegionApi.quarter(lunen, "Lünen-Süd");
        Map<String, Object> body = accommodation(lunen, 10, 0);
        body.put("quarterId", quarter);
        admin().body(body).post(PATH).then().statusCode(201);

        String quarterPath = "/api/regions/quarters/" + quarter;
        admin().header("If-Match", RegionApi.etag(quarterPath))
                .body(Map.of("municipalityId", werne, "name", "Lünen-Süd", "kind", "DISTRICT_PART")).put(quarterPath)
                .then().statusCode(409).body("detail", containsString("accommodations"));
    }

    @Test
    void coordinatorMayNotMoveAccommodationIntoAnotherSubregion() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String schwerte = RegionApi.municipality("Schwerte", "SUED");
        String id = admin().body(accommodation(lunen, 10, 0)).post(PATH).then().statusCode(201).extract().path("id");

        asCoordinatorOf("NORD").header("If-Match", RegionApi.etag(PATH + "/" + id))
                .body(accommodation(schwerte, 10, 0)).put(PATH + "/" + id).then().statusCode(403);
    }

    @Test
    void coordinatorOfAnotherSubregionMayNotChangeIt() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        String id = admin().body(accommodation(lunen, 10, 0)).post(PATH).then().statusCode(201).extract().path("id");
        String etag = RegionApi.etag(PATH + "/" + id);

        asCoordinatorOf("SUED").header("If-Match", etag).body(accommodation(lunen, 12, 0)).put(PATH + "/" + id)
                .then().statusCode(403);
        asCoordinatorOf("NORD").header("If-Match", etag).body(accommodation(lunen, 12, 0)).put(PATH + "/" + id)
                .then().statusCode(200).body("capacity", equalTo(12));
    }

    @Test
    void caseManagerMayReadButNotWrite() {
        String lunen = RegionApi.municipality("Lünen", "NORD");
        as(Roles.CASE_MANAGER).body(accommodation(lunen, 10, 0)).post(PATH).then().statusCode(403);
        as(Roles.CASE_MANAGER).queryParam("municipality", lunen).get(PATH).then().statusCode(200);
    }

    private static Map<String, Object> accommodation(String municipality, int capacity, int occupancy) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Auf dem Ringe");
        body.put("municipalityId", municipality);
        body.put("address", Map.of("street", "Auf dem Ringe 1", "postalCode", "44536", "city", "Lünen"));
        body.put("capacity", capacity);
        body.put("occupancy", occupancy);
        body.put("operator", "Stadt Lünen");
        return body;
    }
}
