package de.kim.offers.offer;

import static de.kim.offers.offer.OfferFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.security.Roles;

/**
 * The demo offers of deploy/demo/kreis-unna.json as ./kim loads them: the API takes every one, their public texts
 * read as a newcomer should read them (no remarks for staff), and the Michaelsheim's and the language courses are
 * there in every language of the public directory.
 */
@QuarkusTest
class DemoOffersTest {

    private static final Path DEMO = Path.of("..", "deploy", "demo", "kreis-unna.json");
    private static final List<String> FULLY_TRANSLATED = List.of("Sprachkurs Deutsch A1", "Alphabetisierungskurs",
            "Nähcafé für Frauen", "Sprechstunde der Quartiersarbeit im Michaelsheim");

    KafkaBroker broker;

    @Inject
    ObjectMapper json;

    @Test
    void demoOffersAreValidPublicAndTranslated() throws IOException {
        JsonNode demo = json.readTree(DEMO.toFile());
        Map<String, String> ids = load(demo);

        for (Map.Entry<String, String> offer : ids.entrySet()) {
            for (String lang : List.of("de", "en", "ar", "fa")) {
                String text = given().queryParam("lang", lang).get("/api/offers/public/" + offer.getValue()).then()
                        .statusCode(200).extract().asString();
                assertThat(text).as("%s in %s", offer.getKey(), lang).doesNotContainIgnoringCase("seed")
                        .doesNotContain("internalNote");
            }
        }
        for (String title : FULLY_TRANSLATED) {
            for (String lang : List.of("en", "ar", "fa")) {
                given().queryParam("lang", lang).get("/api/offers/public/" + ids.get(title)).then()
                        .body("language", equalTo(lang));
            }
        }
        given().queryParam("lang", "ar").get("/api/offers/public/" + ids.get("Nähcafé für Frauen")).then()
                .body("title", equalTo("مقهى الخياطة للنساء"))
                .body("place.contactPointName", equalTo("Michaelsheim"))
                .body("place.contactPointAddress.street", equalTo("Alsenstraße 13"));
    }

    /** The district's places as the region-service would publish them, the providers, then the offers; by title. */
    private Map<String, String> load(JsonNode demo) {
        OfferFixtures fixtures = new OfferFixtures(broker);
        UUID lunen = fixtures.municipality("Lünen", "NORD");
        Map<String, UUID> places = new HashMap<>();
        for (JsonNode quarter : demo.get("quarters")) {
            places.put(quarter.get("name").asText(), fixtures.quarter(lunen, quarter.get("name").asText()));
        }
        for (JsonNode point : demo.get("contactPoints")) {
            JsonNode address = point.get("address");
            places.put(point.get("name").asText(), fixtures.contactPoint(lunen, places.get(point.get("quarter")
                    .asText()), point.get("name").asText(), address.get("street").asText(),
                    address.get("postalCode").asText(), address.get("city").asText()));
        }
        Map<String, String> providers = new HashMap<>();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (JsonNode provider : demo.get("providers")) {
            String code = provider.get("code").asText();
            providers.put(code, OfferFixtures.provider(provider.get("name").asText() + " " + suffix,
                    code + "-" + suffix));
        }
        Map<String, String> ids = new HashMap<>();
        for (JsonNode entry : demo.get("offers")) {
            ObjectNode offer = entry.deepCopy();
            offer.put("providerId", providers.get(offer.remove("provider").asText()));
            JsonNode place = offer.remove("place");
            ObjectNode placeIds = json.createObjectNode().put("municipalityId", lunen.toString());
            if (place.has("quarter")) {
                placeIds.put("quarterId", places.get(place.get("quarter").asText()).toString());
            }
            if (place.has("contactPoint")) {
                placeIds.put("contactPointId", places.get(place.get("contactPoint").asText()).toString());
            }
            offer.set("place", placeIds);
            String id = as(Roles.ADMIN).body(offer.toString()).post("/api/offers").then().statusCode(201).extract()
                    .path("id");
            ids.put(entry.get("title").asText(), id);
        }
        return ids;
    }
}
