package de.kim.offers.offer;

import static de.kim.offers.offer.OfferFixtures.as;
import static de.kim.offers.offer.OfferFixtures.offer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.platform.security.Roles;

/** The internal note is for staff: stored and shown with the offer to them, never public, never published. */
@QuarkusTest
class InternalNoteTest {

    KafkaBroker broker;

    private UUID lunen;
    private String caritas;
    private String note;
    private String id;

    @BeforeEach
    void offerWithNote() {
        lunen = new OfferFixtures(broker).municipality("Lünen", "NORD");
        caritas = OfferFixtures.provider("Caritas " + UUID.randomUUID(), null);
        note = "Intern-" + UUID.randomUUID() + ": Anmeldung nur über das Fallmanagement";
        Map<String, Object> body = offer(caritas, lunen, "Sprachkurs mit Notiz");
        body.put("internalNote", note);
        id = as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(201)
                .body("internalNote", equalTo(note)).extract().path("id");
    }

    @Test
    void staffSeeTheNoteWithTheOfferAndInTheSearch() {
        as(Roles.CASE_MANAGER).get("/api/offers/" + id).then().statusCode(200).body("internalNote", equalTo(note));
        as(Roles.PROVIDER_STAFF, Map.of("provider", "anyone")).queryParam("municipality", lunen.toString())
                .queryParam("size", 100).get("/api/offers").then().statusCode(200)
                .body("items.internalNote", hasItem(note));
    }

    @Test
    void thePublicDirectoryNeverShowsTheNote() {
        String single = given().get("/api/offers/public/" + id).then().statusCode(200).extract().asString();
        String list = given().queryParam("municipality", lunen.toString()).queryParam("size", 100)
                .get("/api/offers/public").then().statusCode(200).body("items.id", hasItem(id)).extract()
                .asString();
        String translated = given().queryParam("lang", "en").queryParam("municipality", lunen.toString())
                .get("/api/offers/public").then().statusCode(200).body("items.id", hasItem(id)).extract()
                .asString();

        for (String answer : new String[]{single, list, translated, hsdsPageWithTheOffer()}) {
            assertThat(answer).doesNotContain(note).doesNotContain("internalNote");
        }
    }

    /** The HSDS export is public too; it lists every active offer, so page on to ours. */
    private String hsdsPageWithTheOffer() {
        for (int page = 0;; page++) {
            var answer = given().queryParam("size", 100).queryParam("page", page).get("/api/offers/hsds/services")
                    .then().statusCode(200).extract();
            if (answer.asString().contains(id)) {
                return answer.asString();
            }
            assertThat(answer.<Boolean>path("last_page")).as("offer %s in the HSDS export", id).isFalse();
        }
    }

    @Test
    void thePublishedOfferCarriesNoNote() {
        ConsumerRecord<String, byte[]> record = broker.probe()
                .awaitRecord("kim.offers.v1", r -> id.equals(r.key()), Duration.ofSeconds(20));

        assertThat(TopicProbe.value(record)).contains("Sprachkurs mit Notiz").doesNotContain(note);
    }

    @Test
    void aNoteIsAtMost1000Characters() {
        Map<String, Object> body = offer(caritas, lunen, "Zu lange Notiz");
        body.put("internalNote", "x".repeat(1001));

        as(Roles.ADMIN).body(body).post("/api/offers").then().statusCode(422)
                .body("errors.field", contains("internalNote")).body("errors.rule", contains("length"));
    }
}
