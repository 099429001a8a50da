package de.kim.offers.offer;

import static de.kim.offers.offer.OfferFixtures.as;
import static de.kim.offers.offer.OfferFixtures.offer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.security.Roles;

/** Offers: who manages them, what is rejected, how they are found, what the public sees. */
@QuarkusTest
class OfferTest {

    KafkaBroker broker;

    private OfferFixtures fixtures;
    private UUID lunen;
    private String caritas;

    @BeforeEach
    void places() {
        fixtures = new OfferFixtures(broker);
        lunen = fixtures.municipality("Lünen", "NORD");
        caritas = OfferFixtures.provider("Caritas " + UUID.randomUUID(),
                "caritas-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void coordinatorAddsOfferInOwnSubregionAndItIsPublished() {
        String id = as(Roles.COORDINATOR, Map.of("subregion", "NORD")).body(offer(caritas, lunen, "Deutschkurs A1"))
                .post("/api/offers").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = broker.probe()
                .awaitRecord("kim.offers.v1", r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("de.kim.offers.offer.v1");
        as(Roles.CASE_MANAGER).get("/api/offers/" + id).then().statusCode(200)
                .body("place.municipalityId", equalTo(lunen.toString()));
    }

    @Test
    void coordinatorOfAnotherSubregionAndCaseManagersMayNotAdd() {
        as(Roles.COORDINATOR, Map.of("subregion", "SUED")).body(offer(caritas, lunen, "Fremd"))
                .post("/api/offers").then().statusCode(403);
        as(Roles.CASE_MANAGER).body(offer(caritas, lunen, "Fremd")).post("/api/offers").then().statusCode(403);
    }

    @Test
    void providerStaffManageOnlyTheirOwnProvidersOffers() {
        String code = "diakonie-" + UUID.randomUUID().toString().substring(0, 8);
        String diakonie = OfferFixtures.provider("Diakonie " + code, code);

        as(Roles.PROVIDER_STAFF, Map.of("provider", code)).body(offer(diakonie, lunen, "Nähcafé"))
                .post("/api/offers").then().statusCode(201);
        as(Roles.PROVIDER_STAFF, Map.of("provider", code)).body(offer(caritas, lunen, "Nicht meins"))
                .post("/api/offers").then().statusCode(403);
    }

    @Test
    void rejectsBadInputAndStoresNothing() {
        String marker = "Ungültig" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> unknownCategory = offer(caritas, lunen, marker);
        unknownCategory.put("category", "ASTROLOGY");
        Map<String, Object> negativeCapacity = offer(caritas, lunen, marker);
        negativeCapacity.put("capacity", -3);
        Map<String, Object> endBeforeStart = offer(caritas, lunen, marker);
        endBeforeStart.put("endsOn", "2026-12-31");
        Map<String, Object> malformedSchedule = offer(caritas, lunen, marker);
        malformedSchedule.put("schedule", List.of(Map.of("day", "TUESDAY", "starts", "11:00", "ends", "09:00")));
        Map<String, Object> unknownPlace = offer(caritas, lunen, marker);
        unknownPlace.put("place", Map.of("municipalityId", UUID.randomUUID().toString()));

        as(Roles.ADMIN).body(unknownCategory).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("category"));
        as(Roles.ADMIN).body(negativeCapacity).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("capacity"));
        as(Roles.ADMIN).body(endBeforeStart).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("endsOn"));
        as(Roles.ADMIN).body(malformedSchedule).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("schedule[0]"));
        as(Roles.ADMIN).body(unknownPlace).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("place.municipalityId"));
        as(Roles.ADMIN).body("{\"title\":").post("/api/offers").then().statusCode(400);
        as(Roles.CASE_MANAGER).queryParam("q", marker).get("/api/offers").then().body("items", empty());
    }

    @Test
    void germanFullTextFindsInflectedForms() {
        String unique = "Zeltlager" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        as(Roles.ADMIN).body(offer(caritas, lunen, "Sprachkurs im " + unique)).post("/api/offers").then()
                .statusCode(201);

        as(Roles.CASE_MANAGER).queryParam("q", "Sprachkurse " + unique).get("/api/offers")
                .then().statusCode(200).body("items.title", contains("Sprachkurs im " + unique));
        as(Roles.CASE_MANAGER).queryParam("q", "Sprachkursen " + unique).get("/api/offers")
                .then().statusCode(200).body("items.title", contains("Sprachkurs im " + unique));
        as(Roles.CASE_MANAGER).queryParam("q", "Tanzkurs " + unique).get("/api/offers")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void filtersByAreaPhaseLanguageAndEligibility() {
        UUID selm = fixtures.municipality("Selm", "NORD");
        UUID schwerte = fixtures.municipality("Schwerte", "SUED");
        Map<String, Object> women = offer(caritas, selm, "Frauentreff Selm");
        women.put("category", "MEETING_PLACE");
        women.put("phases", List.of("EINGEWOEHNUNG", "INTEGRATION"));
        women.put("languages", List.of("fa"));
        women.put("eligibility", Map.of("minAge", 18, "genders", List.of("FEMALE"), "residenceStatuses", List.of()));
        String womenId = as(Roles.ADMIN).body(women).post("/api/offers").then().statusCode(201).extract().path("id");
        Map<String, Object> integration = offer(caritas, schwerte, "Integrationskurs Schwerte");
        integration.put("eligibility", Map.of("genders", List.of(), "residenceStatuses",
                List.of("RECOGNISED_REFUGEE", "TEMPORARY_PROTECTION")));
        String integrationId = as(Roles.ADMIN).body(integration).post("/api/offers").then().statusCode(201)
                .extract().path("id");

        search(Map.of("municipality", selm.toString(), "phase", "INTEGRATION", "language", "fa")).body("items.id",
                contains(womenId));
        search(Map.of("municipality", selm.toString(), "eligibleGender", "MALE")).body("items.id",
                not(hasItem(womenId)));
        search(Map.of("municipality", selm.toString(), "eligibleAge", "16")).body("items.id", not(hasItem(womenId)));
        search(Map.of("subregion", "SUED", "eligibleResidenceStatus", "TOLERATED")).body("items.id",
                not(hasItem(integrationId)));
        search(Map.of("subregion", "SUED", "eligibleResidenceStatus", "TEMPORARY_PROTECTION")).body("items.id",
                hasItem(integrationId));
        search(Map.of("subregion", "NORD", "category", "MEETING_PLACE")).body("items.id", hasItem(womenId))
                .body("items.id", not(hasItem(integrationId)));
    }

    @Test
    void findsOffersOpenAtATimeInGermanLocalTime() {
        UUID werne = fixtures.municipality("Werne", "NORD");
        // Tuesdays 09:00-11:00 from 2027-01-11 to 2027-06-30 (see OfferFixtures).
        String id = as(Roles.ADMIN).body(offer(caritas, werne, "Dienstagskurs")).post("/api/offers").then()
                .statusCode(201).extract().path("id");

        search(Map.of("municipality", werne.toString(), "openAt", "2027-04-06T10:30+02:00")).body("items.id",
                contains(id));
        search(Map.of("municipality", werne.toString(), "openAt", "2027-04-06T08:30:00Z")).body("items.id",
                contains(id)); // 10:30 in Lünen
        search(Map.of("municipality", werne.toString(), "openAt", "2027-04-06T11:30+02:00")).body("items", empty());
        search(Map.of("municipality", werne.toString(), "openAt", "2027-07-06T10:30+02:00")).body("items", empty());
        as(Roles.CASE_MANAGER).queryParam("openAt", "Dienstag").get("/api/offers").then().statusCode(422)
                .body("errors.field", contains("openAt"));
    }

    @Test
    void publicDirectoryShowsActiveOffersOnlyAndNeedsNoLogin() {
        Map<String, Object> draft = offer(caritas, lunen, "Entwurf");
        draft.put("status", "DRAFT");
        String draftId = as(Roles.ADMIN).body(draft).post("/api/offers").then().statusCode(201).extract().path("id");
        String activeId = as(Roles.ADMIN).body(offer(caritas, lunen, "Hausaufgabenhilfe")).post("/api/offers")
                .then().statusCode(201).extract().path("id");

        given().queryParam("municipality", lunen.toString()).queryParam("status", "DRAFT").queryParam("size", 100)
                .get("/api/offers/public").then().statusCode(200)
                .body("items.id", hasItem(activeId)).body("items.id", not(hasItem(draftId)));
        given().get("/api/offers/public/" + draftId).then().statusCode(404);
        given().get("/api/offers/public/" + activeId).then().statusCode(200);
        given().get("/api/offers").then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, String> query) {
        return as(Roles.CASE_MANAGER).queryParams(query).queryParam("size", 100).get("/api/offers").then()
                .statusCode(200);
    }
}
