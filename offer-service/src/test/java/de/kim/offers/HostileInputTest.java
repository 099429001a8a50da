package de.kim.offers;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.security.HostileInputTestBase;
import de.kim.platform.security.Roles;

/** Every operation of the offer-service, driven with hostile input from its OpenAPI schema: 4xx only, nothing changed. */
@QuarkusTest
class HostileInputTest extends HostileInputTestBase {

    HostileInputTest() {
        super("offer-service", Roles.ALL, Map.of(), Set.of("referral_access"));
    }
}
