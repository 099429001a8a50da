package de.kim.offers;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;

/** The offer-service answers every caller as docs/access/offer-service.txt says. */
@QuarkusTest
class AccessMatrixTest extends de.kim.localinfra.security.AccessMatrixTest {

    AccessMatrixTest() {
        super("offer-service", Roles.ALL, Map.of());
    }
}
