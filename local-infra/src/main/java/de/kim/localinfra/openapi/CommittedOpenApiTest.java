package de.kim.localinfra.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import de.kim.localinfra.quarkus.ManagementInterface;

/**
 * Base of each service's {@code @QuarkusTest} that keeps {@code docs/api/<service>.yaml} in step with the code (see
 * {@link CommittedOpenApi}).
 */
public abstract class CommittedOpenApiTest {

    private final String service;

    protected CommittedOpenApiTest(String service) {
        this.service = service;
    }

    @Test
    void committedDocumentMatchesTheCode() throws Exception {
        String generated = given().queryParam("format", "yaml").get(ManagementInterface.url() + "/q/openapi")
                .then().statusCode(200).extract().asString();
        assertNull(CommittedOpenApi.compare(service, generated));
    }
}
