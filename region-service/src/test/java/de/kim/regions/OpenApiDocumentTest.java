package de.kim.regions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.openapi.CommittedOpenApi;

/** The committed docs/api/region-service.yaml must match the code. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void committedDocumentMatchesTheCode() throws Exception {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        assertNull(CommittedOpenApi.compare("region-service", generated));
    }
}
