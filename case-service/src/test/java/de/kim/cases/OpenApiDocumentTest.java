package de.kim.cases;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.openapi.CommittedOpenApiTest;

/** The committed docs/api/case-service.yaml must match the code. */
@QuarkusTest
class OpenApiDocumentTest extends CommittedOpenApiTest {

    OpenApiDocumentTest() {
        super("case-service");
    }
}
