package de.kim.offers;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.security.AccessMatrixTestBase;
import de.kim.platform.security.Roles;

/** The offer-service answers every caller as docs/access/offer-service.txt says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixTestBase {

    AccessMatrixTest() {
        super("offer-service", Roles.ALL, Map.of());
    }
}
