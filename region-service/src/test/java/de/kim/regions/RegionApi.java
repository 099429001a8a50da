package de.kim.regions;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** Calls the region API as the roles of the realm would; creates what a test needs through the API. */
public final class RegionApi {

    private RegionApi() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole("user-" + role, role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asCoordinatorOf(String subregion) {
        return given().auth()
                .oauth2(TestTokens.forRole("ko-" + subregion, Roles.COORDINATOR, Map.of("subregion", subregion)))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as(Roles.ADMIN);
    }

    /** The sub-region with this code, created when missing; returns its id. */
    public static String subregion(String code) {
        Response existing = admin().queryParam("size", 100).get("/api/regions/subregions");
        String id = existing.jsonPath().getString("items.find { it.code == '" + code + "' }.id");
        if (id != null) {
            return id;
        }
        return admin().body(Map.of("code", code, "name", "Teilregion " + code))
                .post("/api/regions/subregions").then().statusCode(201).extract().path("id");
    }

    /** A new municipality with a fresh AGS in the sub-region; returns its id. */
    public static String municipality(String name, String subregion) {
        subregion(subregion);
        return admin().body(Map.of("ags", freshAgs(), "name", name, "subregion", subregion))
                .post("/api/regions/municipalities").then().statusCode(201).extract().path("id");
    }

    public static String quarter(String municipalityId, String name) {
        return admin().body(Map.of("municipalityId", municipalityId, "name", name, "kind", "DISTRICT_PART"))
                .post("/api/regions/quarters").then().statusCode(201).extract().path("id");
    }

    private static int agsCounter = (int) (System.nanoTime() % 900_000);

    public static synchronized String freshAgs() {
        agsCounter = (agsCounter + 1) % 1_000_000;
        return String.format("09%06d", agsCounter);
    }

    public static String etag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The Michaelsheim in Lünen-Süd (seed 000): Mon 15:00–16:30, Thu and Fri 10:00–11:30. */
    public static Map<String, Object> michaelsheim(String municipality) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Michaelsheim");
        body.put("municipalityId", municipality);
        body.put("address", Map.of("street", "Alsenstraße 13", "postalCode", "44536", "city", "Lünen"));
        body.put("operators", List.of("Caritasverband Lünen-Selm-Werne e. V."));
        body.put("languages", List.of("de", "ar"));
        body.put("services", List.of("Quartiersarbeit", "Beratung"));
        body.put("officeHours", List.of(slot("MONDAY", "15:00", "16:30"), slot("THURSDAY", "10:00", "11:30"),
                slot("FRIDAY", "10:00", "11:30")));
        body.put("closures", List.of());
        return body;
    }

    public static Map<String, String> slot(String day, String opens, String closes) {
        return Map.of("day", day, "opens", opens, "closes", closes);
    }
}
