package de.kim.regions;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.security.AccessMatrixTestBase;
import de.kim.platform.security.Roles;

/** The region-service answers every caller as docs/access/region-service.txt says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixTestBase {

    AccessMatrixTest() {
        super("region-service", Roles.ALL, Map.of("indicator", "open-cases"));
    }
}
