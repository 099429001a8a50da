package de.kim.offers;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.openapi.CommittedOpenApiTest;

/** The committed docs/api/offer-service.yaml must match the code. */
@QuarkusTest
class OpenApiDocumentTest extends CommittedOpenApiTest {

    OpenApiDocumentTest() {
        super("offer-service");
    }
}
