package de.kim.regions;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;

/** The region-service answers every caller as docs/access/region-service.txt says. */
@QuarkusTest
class AccessMatrixTest extends de.kim.localinfra.security.AccessMatrixTest {

    AccessMatrixTest() {
        super("region-service", Roles.ALL, Map.of("indicator", "open-cases"));
    }
}
