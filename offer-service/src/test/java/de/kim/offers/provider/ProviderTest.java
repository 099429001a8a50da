package de.kim.offers.provider;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.kafka.KafkaBroker;
import de.kim.localinfra.kafka.TopicProbe;
import de.kim.localinfra.oidc.TestTokens;
import de.kim.platform.security.Roles;

/** Provider registry: HTTP → database → outbox → Kafka, access rules and bad input. */
@QuarkusTest
class ProviderTest {

    private static final String PATH = "/api/offers/providers";

    KafkaBroker broker;

    @Test
    void coordinatorRegistersProviderAndItIsPublished() {
        String id = as(Roles.COORDINATOR).contentType(ContentType.JSON)
                .body("{\"name\":\"Caritasverband Lünen-Selm-Werne e. V.\",\"kind\":\"WELFARE_ORGANISATION\","
                        + "\"contactEmail\":\"integration@caritas.example\"}")
                .post(PATH)
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = broker.probe()
                .awaitRecord("kim.offers.v1", r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("de.kim.offers.provider.v1");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/kim/offer-service");
        assertThat(TopicProbe.value(record)).contains("WELFARE_ORGANISATION");
        as(Roles.PROVIDER_STAFF).get(PATH + "/" + id).then().statusCode(200).body("kind",
                equalTo("WELFARE_ORGANISATION"));
    }

    @Test
    void forbidsRegistrationByCaseManager() {
        as(Roles.CASE_MANAGER).contentType(ContentType.JSON)
                .body("{\"name\":\"Schattenträger\",\"kind\":\"ASSOCIATION\"}")
                .post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
        as(Roles.ADMIN).queryParam("size", 100).get(PATH).then().body("items.name", not(hasItem("Schattenträger")));
    }

    @Test
    void forbidsDataProtectionOfficerFromListing() {
        as(Roles.DPO).get(PATH).then().statusCode(403);
    }

    @Test
    void rejectsInvalidFieldsAndUnknownProperties() {
        as(Roles.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"kind\":\"ASSOCIATION\",\"contactEmail\":\"not-an-address\"}")
                .post(PATH)
                .then().statusCode(422).body("errors.field", contains("contactEmail", "name"));
        as(Roles.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"VHS Lünen\",\"kind\":\"EDUCATION_PROVIDER\",\"budget\":1}")
                .post(PATH)
                .then().statusCode(422).body("errors.field", contains("budget"));
    }

    @Test
    void rejectsSecondProviderWithSameNameIgnoringCase() {
        as(Roles.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Diakonie Kreis Unna\",\"kind\":\"WELFARE_ORGANISATION\"}")
                .post(PATH).then().statusCode(201);
        as(Roles.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"DIAKONIE Kreis Unna\",\"kind\":\"WELFARE_ORGANISATION\"}")
                .post(PATH).then().statusCode(409);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole("user-" + role, role));
    }
}
