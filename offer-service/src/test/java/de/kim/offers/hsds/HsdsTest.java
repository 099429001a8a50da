package de.kim.offers.hsds;

import static de.kim.offers.offer.OfferFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.offers.offer.OfferFixtures;
import de.kim.platform.security.Roles;

/** Open Referral (HSDS 3.0): what we export can be imported again, as drafts, without losing anything we map. */
@QuarkusTest
class HsdsTest {

    KafkaBroker broker;

    @Test
    void exportedServicesImportAsEquivalentDrafts() {
        OfferFixtures fixtures = new OfferFixtures(broker);
        UUID lunen = fixtures.municipality("Lünen", "NORD");
        UUID selm = fixtures.municipality("Selm", "NORD");
        String name = "Ökumenischer Träger " + UUID.randomUUID();
        String provider = OfferFixtures.provider(name, null);
        Map<String, Object> offer = OfferFixtures.offer(provider, lunen, "Gesprächskreis " + UUID.randomUUID());
        offer.put("schedule", List.of(Map.of("day", "MONDAY", "starts", "15:00", "ends", "16:30"),
                Map.of("day", "THURSDAY", "starts", "10:00", "ends", "11:30")));
        offer.put("eligibility", Map.of("minAge", 18, "maxAge", 27, "genders", List.of(), "residenceStatuses",
                List.of()));
        offer.put("place", Map.of("municipalityId", lunen.toString(), "street", "Alsenstraße 13", "postalCode",
                "44536", "city", "Lünen"));
        String id = as(Roles.ADMIN).body(offer).post("/api/offers").then().statusCode(201).extract().path("id");

        JsonPath services = given().queryParam("size", 100).get("/api/offers/hsds/services").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> service = services.getMap("contents.find { it.id == '" + id + "' }");
        assertThat(service).containsEntry("name", offer.get("title")).containsEntry("status", "active")
                .containsEntry("minimum_age", 18).containsEntry("maximum_age", 27);
        assertThat(services.getList("contents.find { it.id == '" + id + "' }.schedules.byday"))
                .containsExactly("MO", "TH");
        Map<String, Object> organization = given().queryParam("size", 100).get("/api/offers/hsds/organizations")
                .then().statusCode(200).extract().jsonPath()
                .getMap("contents.find { it.id == '" + provider + "' }");
        assertThat(organization).containsEntry("name", name);

        List<String> drafts = as(Roles.COORDINATOR, Map.of("subregion", "NORD"))
                .queryParam("municipality", selm.toString())
                .body(Map.of("organizations", List.of(organization), "services", List.of(service)))
                .post("/api/offers/hsds/import").then().statusCode(201).extract().path("offerIds");

        as(Roles.CASE_MANAGER).get("/api/offers/" + drafts.get(0)).then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo(offer.get("title")))
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("providerId", org.hamcrest.Matchers.equalTo(provider))
                .body("place.municipalityId", org.hamcrest.Matchers.equalTo(selm.toString()))
                .body("schedule.day", contains("MONDAY", "THURSDAY"))
                .body("schedule.starts", contains("15:00:00", "10:00:00"))
                .body("languages", contains("de", "ar"))
                .body("eligibility.minAge", org.hamcrest.Matchers.equalTo(18))
                .body("startsOn", org.hamcrest.Matchers.equalTo("2027-01-11"));
    }

    @Test
    void refusesImportIntoAnotherSubregionAndBadFiles() {
        OfferFixtures fixtures = new OfferFixtures(broker);
        UUID schwerte = fixtures.municipality("Schwerte", "SUED");
        Map<String, Object> file = Map.of("organizations", List.of(Map.of("id", "o1", "name", "Verein")),
                "services", List.of(Map.of("id", "s1", "organization_id", "o1", "name", "Kurs")));

        as(Roles.COORDINATOR, Map.of("subregion", "NORD")).queryParam("municipality", schwerte.toString()).body(file)
                .post("/api/offers/hsds/import").then().statusCode(403);
        as(Roles.ADMIN).queryParam("municipality", schwerte.toString())
                .body(Map.of("organizations", List.of(), "services", List.of(Map.of("id", "s1", "name", "Kurs"))))
                .post("/api/offers/hsds/import").then().statusCode(422);
        as(Roles.CASE_MANAGER).queryParam("municipality", schwerte.toString()).body(file)
                .post("/api/offers/hsds/import").then().statusCode(403);
    }
}
