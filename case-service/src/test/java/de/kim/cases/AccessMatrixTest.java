package de.kim.cases;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.security.AccessMatrixTestBase;
import de.kim.platform.security.Roles;

/** The case-service answers every caller as docs/access/case-service.txt says. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixTestBase {

    AccessMatrixTest() {
        super("case-service", Roles.ALL, Map.of("authority", "jobcenter"));
    }
}
