package de.kim.regions;

import static de.kim.regions.RegionApi.admin;
import static de.kim.regions.RegionApi.as;
import static de.kim.regions.RegionApi.asCoordinatorOf;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;

/**
 * Every endpoint of the region API, both ways: every role reads (contact points even without a token), only admins and
 * the sub-region's own coordinators write.
 */
@QuarkusTest
class AccessRulesTest {

    private static final List<String> ALL_ROLES = List.of(Roles.CASE_MANAGER, Roles.COORDINATOR,
            Roles.AUTHORITY_STAFF, Roles.PROVIDER_STAFF, Roles.ANALYST, Roles.DPO, Roles.ADMIN, Roles.AGENCY_SYSTEM);
    private static final List<String> NON_WRITERS = List.of(Roles.CASE_MANAGER, Roles.AUTHORITY_STAFF,
            Roles.PROVIDER_STAFF, Roles.ANALYST, Roles.DPO, Roles.AGENCY_SYSTEM);

    /** Collection, and the body of a new entry in a NORD municipality. */
    static Stream<Arguments> collections() {
        return Stream.of(
                Arguments.of("municipalities", (Function<String, Map<String, Object>>) municipality -> Map.of(
                        "ags", RegionApi.freshAgs(), "name", "Zugang", "subregion", "NORD")),
                Arguments.of("quarters", (Function<String, Map<String, Object>>) municipality -> Map.of(
                        "municipalityId", municipality, "name", "Q-" + RegionApi.freshAgs(), "kind", "SOCIAL_AREA")),
                Arguments.of("accommodations", (Function<String, Map<String, Object>>) municipality -> Map.of(
                        "name", "U-" + RegionApi.freshAgs(), "municipalityId", municipality, "address",
                        Map.of("street", "Weg 1", "postalCode", "44536", "city", "Lünen"), "capacity", 10,
                        "occupancy", 0, "operator", "Stadt")),
                Arguments.of("contact-points", (Function<String, Map<String, Object>>) municipality -> {
                    Map<String, Object> body = RegionApi.michaelsheim(municipality);
                    body.put("name", "A-" + RegionApi.freshAgs());
                    return body;
                }),
                Arguments.of("posts", (Function<String, Map<String, Object>>) municipality -> Map.of(
                        "municipalityId", municipality, "role", "CASE_MANAGEMENT", "fte", 0.5)),
                Arguments.of("team-members", (Function<String, Map<String, Object>>) municipality -> Map.of(
                        "subject", "s-" + RegionApi.freshAgs(), "displayName", "Team", "subregion", "NORD",
                        "role", "CASE_MANAGER")));
    }

    @ParameterizedTest
    @MethodSource("collections")
    void everyRoleReadsAndOnlyContactPointsArePublic(String collection, Function<String, Map<String, Object>> body) {
        for (String role : ALL_ROLES) {
            as(role).get("/api/regions/" + collection).then().statusCode(200);
        }
        given().get("/api/regions/" + collection).then().statusCode(collection.equals("contact-points") ? 200 : 401);
    }

    @ParameterizedTest
    @MethodSource("collections")
    void onlyAdminsAndOwnCoordinatorsWrite(String collection, Function<String, Map<String, Object>> body) {
        RegionApi.subregion("SUED");
        String municipality = RegionApi.municipality("Lünen", "NORD");
        String path = "/api/regions/" + collection;

        given().contentType("application/json").body(body.apply(municipality)).post(path).then().statusCode(401);
        for (String role : NON_WRITERS) {
            as(role).body(body.apply(municipality)).post(path).then().statusCode(403);
        }
        asCoordinatorOf("SUED").body(body.apply(municipality)).post(path).then().statusCode(403);
        String id = asCoordinatorOf("NORD").body(body.apply(municipality)).post(path)
                .then().statusCode(201).extract().path("id");
        admin().body(body.apply(municipality)).post(path).then().statusCode(201);

        as(Roles.ANALYST).get(path + "/" + id).then().statusCode(200);
        given().get(path + "/" + id).then().statusCode(collection.equals("contact-points") ? 200 : 401);

        String etag = RegionApi.etag(path + "/" + id);
        Map<String, Object> changed = body.apply(municipality);
        asCoordinatorOf("SUED").header("If-Match", etag).body(changed).put(path + "/" + id).then().statusCode(403);
        as(Roles.AUTHORITY_STAFF).header("If-Match", etag).body(changed).put(path + "/" + id).then().statusCode(403);
        etag = asCoordinatorOf("NORD").header("If-Match", etag).body(changed).put(path + "/" + id)
                .then().statusCode(200).extract().header("ETag");

        asCoordinatorOf("SUED").header("If-Match", etag).delete(path + "/" + id).then().statusCode(403);
        as(Roles.CASE_MANAGER).header("If-Match", etag).delete(path + "/" + id).then().statusCode(403);
        asCoordinatorOf("NORD").header("If-Match", etag).delete(path + "/" + id).then().statusCode(204);
    }

    @org.junit.jupiter.api.Test
    void onlyAdminsAddOrDeleteSubregionsAndOwnCoordinatorsRenameThem() {
        String path = "/api/regions/subregions";
        asCoordinatorOf("OST").body(Map.of("code", "OST", "name", "Ost")).post(path).then().statusCode(403);
        as(Roles.CASE_MANAGER).body(Map.of("code", "OST", "name", "Ost")).post(path).then().statusCode(403);
        String id = admin().body(Map.of("code", "OST", "name", "Ost")).post(path).then().statusCode(201)
                .extract().path("id");

        String etag = RegionApi.etag(path + "/" + id);
        asCoordinatorOf("NORD").header("If-Match", etag).body(Map.of("code", "OST", "name", "Osten"))
                .put(path + "/" + id)
                .then().statusCode(403);
        asCoordinatorOf("OST").header("If-Match", etag).body(Map.of("code", "OST", "name", "Osten"))
                .put(path + "/" + id)
                .then().statusCode(200);
        asCoordinatorOf("OST").header("If-Match", RegionApi.etag(path + "/" + id)).delete(path + "/" + id)
                .then().statusCode(403);
        admin().header("If-Match", RegionApi.etag(path + "/" + id)).delete(path + "/" + id).then().statusCode(204);
    }
}
