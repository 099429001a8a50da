package de.kim.offers;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;

/** Every operation of the offer-service, driven with hostile input from its OpenAPI schema: 4xx only, nothing changed. */
@QuarkusTest
class HostileInputTest extends de.kim.localinfra.security.HostileInputTest {

    HostileInputTest() {
        super("offer-service", Roles.ALL, Map.of(), Set.of());
    }
}
