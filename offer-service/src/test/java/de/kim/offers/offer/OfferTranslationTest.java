package de.kim.offers.offer;

import static de.kim.offers.offer.OfferFixtures.as;
import static de.kim.offers.offer.OfferFixtures.offer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.platform.security.Roles;

/**
 * Offers in the languages of the public directory: staff keep the translations with the offer; the public directory
 * answers in the visitor's language where there is a translation and says when it answers in German instead.
 */
@QuarkusTest
class OfferTranslationTest {

    private static final Map<String, Object> EN = Map.of("title", "Sewing café for women", "description",
            "Sew together and speak German.");
    private static final Map<String, Object> AR = Map.of("title", "مقهى الخياطة للنساء", "description",
            "خياطة جماعية وممارسة اللغة الألمانية.");
    private static final Map<String, Object> FA = Map.of("title", "کافه خیاطی برای زنان", "description",
            "با هم خیاطی کنید و آلمانی صحبت کنید.");

    KafkaBroker broker;

    private UUID lunen;
    private String caritas;

    @BeforeEach
    void places() {
        lunen = new OfferFixtures(broker).municipality("Lünen", "NORD");
        caritas = OfferFixtures.provider("Caritas " + UUID.randomUUID(), null);
    }

    @Test
    void staffKeepAllTranslationsWithTheOffer() {
        Map<String, Object> body = offer(caritas, lunen, "Nähcafé für Frauen");
        body.put("translations", new LinkedHashMap<>(Map.of("en", EN, "ar", AR, "fa", FA)));
        String id = as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201)
                .body("translations.ar.title", equalTo("مقهى الخياطة للنساء")).extract().path("id");
        as(Roles.CASE_MANAGER).get("/api/offers/" + id).then().statusCode(200)
                .body("title", equalTo("Nähcafé für Frauen"))
                .body("translations.en.description", equalTo("Sew together and speak German."))
                .body("translations.fa.title", equalTo("کافه خیاطی برای زنان"));

        body.put("translations", Map.of("en", Map.of("title", "Sewing café", "description", "Sew and talk.")));
        String etag = as(Roles.ADMIN).get("/api/offers/" + id).then().extract().header("ETag");
        as(Roles.ADMIN).header("If-Match", etag).body(body).put("/api/offers/" + id).then().statusCode(200);

        as(Roles.CASE_MANAGER).get("/api/offers/" + id).then()
                .body("translations.en.title", equalTo("Sewing café"))
                .body("translations", not(hasKey("ar")))
                .body("translations", not(hasKey("fa")));
    }

    @Test
    void rejectsTranslationsIntoGermanOrLanguagesTheDirectoryHasNot() {
        Map<String, Object> german = offer(caritas, lunen, "Kurs");
        german.put("translations", Map.of("de", EN));
        Map<String, Object> turkish = offer(caritas, lunen, "Kurs");
        turkish.put("translations", Map.of("tr", EN));
        Map<String, Object> withoutDescription = offer(caritas, lunen, "Kurs");
        withoutDescription.put("translations", Map.of("en", Map.of("title", "Course")));

        as(Roles.ADMIN).body(german).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("translations.de"))
                .body("errors.rule", contains("one-of"))
                .body("errors[0].limits.allowed", equalTo(List.of("en", "ar", "fa")));
        as(Roles.ADMIN).body(turkish).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("translations.tr"));
        as(Roles.ADMIN).body(withoutDescription).post("/api/offers").then().statusCode(422)
                .body("errors.rule", contains("required"));
    }

    @Test
    void publicOfferIsInTheVisitorsLanguageWhenTranslated() {
        String id = activeOfferTranslatedInto(Map.of("en", EN, "ar", AR));

        given().queryParam("lang", "ar").get("/api/offers/public/" + id).then().statusCode(200)
                .body("title", equalTo("مقهى الخياطة للنساء"))
                .body("description", equalTo("خياطة جماعية وممارسة اللغة الألمانية."))
                .body("language", equalTo("ar"));
        given().queryParam("lang", "en").get("/api/offers/public/" + id).then()
                .body("title", equalTo("Sewing café for women")).body("language", equalTo("en"));
    }

    @Test
    void publicOfferFallsBackToGermanAndSaysSo() {
        String id = activeOfferTranslatedInto(Map.of("en", EN));

        given().queryParam("lang", "fa").get("/api/offers/public/" + id).then().statusCode(200)
                .body("title", equalTo("Nähcafé für Frauen"))
                .body("description", equalTo("Kurs für Neuzugewanderte in Lünen"))
                .body("language", equalTo("de"));
        given().get("/api/offers/public/" + id).then().body("title", equalTo("Nähcafé für Frauen"))
                .body("language", equalTo("de"));
        given().queryParam("lang", "de").get("/api/offers/public/" + id).then().body("language", equalTo("de"));
    }

    @Test
    void publicListAnswersEachOfferInTheLanguageItHas() {
        String translated = activeOfferTranslatedInto(Map.of("fa", FA));
        String german = activeOfferTranslatedInto(Map.of());

        var page = given().queryParam("lang", "fa").queryParam("municipality", lunen.toString())
                .queryParam("size", 100).get("/api/offers/public").then().statusCode(200);
        page.body("items.find { it.id == '" + translated + "' }.title", equalTo("کافه خیاطی برای زنان"))
                .body("items.find { it.id == '" + translated + "' }.language", equalTo("fa"))
                .body("items.find { it.id == '" + german + "' }.title", equalTo("Nähcafé für Frauen"))
                .body("items.find { it.id == '" + german + "' }.language", equalTo("de"))
                .body("items.find { it.id == '" + translated + "' }", not(hasKey("translations")));
    }

    @Test
    void rejectsALanguageTheDirectoryHasNot() {
        String id = activeOfferTranslatedInto(Map.of("en", EN));

        given().queryParam("lang", "tr").get("/api/offers/public/" + id).then().statusCode(422)
                .body("errors.field", contains("lang"))
                .body("errors.rule", contains("one-of"));
        given().queryParam("lang", "EN").get("/api/offers/public").then().statusCode(422);
    }

    private String activeOfferTranslatedInto(Map<String, Object> translations) {
        Map<String, Object> body = offer(caritas, lunen, "Nähcafé für Frauen");
        body.put("translations", translations);
        return as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201).extract().path("id");
    }
}
