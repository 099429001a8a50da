package de.kim.cases;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;

import de.kim.localinfra.security.HostileInputTestBase;
import de.kim.platform.security.Roles;

/** Every operation of the case-service, driven with hostile input from its OpenAPI schema: 4xx only, nothing changed. */
@QuarkusTest
class HostileInputTest extends HostileInputTestBase {

    HostileInputTest() {
        super("case-service", Roles.ALL, Map.of("authority", "jobcenter"), Set.of("audit_event"));
    }
}
