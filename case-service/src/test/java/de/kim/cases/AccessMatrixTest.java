package de.kim.cases;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.platform.security.Roles;

/** The case-service answers every caller as docs/access/case-service.txt says. */
@QuarkusTest
class AccessMatrixTest extends de.kim.localinfra.security.AccessMatrixTest {

    AccessMatrixTest() {
        super("case-service", Roles.ALL, Map.of("authority", "jobcenter"));
    }
}
