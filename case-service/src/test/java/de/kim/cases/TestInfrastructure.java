package de.kim.cases;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import de.kim.localinfra.quarkus.KafkaTestResource;
import de.kim.localinfra.quarkus.PostgresTestResource;

/**
 * Real PostgreSQL, a real Kafka broker (the service connected as its
 * principal) and an in-process OIDC provider for every test of the service.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = @ResourceArg(name = "principal", value = "case-service"))
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
