package de.kim.regions;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.openapi.CommittedOpenApiTest;

/** The committed docs/api/region-service.yaml must match the code. */
@QuarkusTest
class OpenApiDocumentTest extends CommittedOpenApiTest {

    OpenApiDocumentTest() {
        super("region-service");
    }
}
