package de.kim.offers.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.offers.offer.OfferFixtures;
import de.kim.platform.security.Roles;

/** The phase × field-of-action gap matrix counts active offers only and lists every gap. */
@QuarkusTest
class CoverageTest {

    KafkaBroker broker;

    @Test
    void countsActiveOffersPerCellAndMarksGaps() {
        OfferFixtures fixtures = new OfferFixtures(broker);
        UUID werne = fixtures.municipality("Werne", "NORD");
        String provider = OfferFixtures.provider("VHS " + UUID.randomUUID(),
                "vhs-" + UUID.randomUUID().toString().substring(0, 8));
        Map<String, Object> course = OfferFixtures.offer(provider, werne, "Deutschkurs");
        Map<String, Object> counselling = OfferFixtures.offer(provider, werne, "Beratung");
        counselling.put("category", "COUNSELLING");
        counselling.put("fieldOfAction", "HF1");
        counselling.put("phases", List.of("ANKOMMEN", "ORIENTIERUNG"));
        Map<String, Object> draft = OfferFixtures.offer(provider, werne, "Übergang in den Ruhestand");
        draft.put("fieldOfAction", "HF6");
        draft.put("phases", List.of("INTEGRATION"));
        draft.put("status", "DRAFT");
        for (Map<String, Object> offer : List.of(course, counselling, draft)) {
            OfferFixtures.as(Roles.ADMIN).body(offer).post("/api/offers").then().statusCode(201);
        }

        JsonPath matrix = OfferFixtures.as(Roles.COORDINATOR).queryParam("municipality", werne.toString())
                .get("/api/offers/coverage").then().statusCode(200)
                .body("byFieldOfAction", hasSize(24)).body("byCategory", hasSize(48)).body("gaps", equalTo(21))
                .extract().jsonPath();

        assertThat(offers(matrix, "ORIENTIERUNG", "HF5")).isEqualTo(1);
        assertThat(offers(matrix, "ORIENTIERUNG", "HF1")).isEqualTo(1);
        assertThat(offers(matrix, "ANKOMMEN", "HF1")).isEqualTo(1);
        assertThat(offers(matrix, "INTEGRATION", "HF6")).isZero();
        assertThat(matrix.getBoolean("byFieldOfAction.find { it.phase == 'INTEGRATION' && it.column == 'HF6' }.gap"))
                .isTrue();
    }

    private static int offers(JsonPath matrix, String phase, String field) {
        return matrix.getInt("byFieldOfAction.find { it.phase == '" + phase + "' && it.column == '" + field
                + "' }.offers");
    }

    @Test
    void answersCsvWhenAskedFor() {
        OfferFixtures fixtures = new OfferFixtures(broker);
        UUID selm = fixtures.municipality("Selm", "NORD");
        String provider = OfferFixtures.provider("AWO " + UUID.randomUUID(),
                "awo-" + UUID.randomUUID().toString().substring(0, 8));
        OfferFixtures.as(Roles.ADMIN).body(OfferFixtures.offer(provider, selm, "Deutschkurs")).post("/api/offers")
                .then().statusCode(201);

        String csv = OfferFixtures.as(Roles.ANALYST).accept("text/csv").queryParam("municipality", selm.toString())
                .get("/api/offers/coverage").then().statusCode(200).extract().asString();

        assertThat(csv.lines()).hasSize(1 + 24 + 48).first().isEqualTo("matrix,phase,column,offers,gap");
        assertThat(csv).contains("fieldOfAction,ORIENTIERUNG,HF5,1,false\r\n", "fieldOfAction,ANKOMMEN,HF5,0,true\r\n",
                "category,ORIENTIERUNG,LANGUAGE_COURSE,1,false\r\n");
    }
}
