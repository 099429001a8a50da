package de.kim.localinfra.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;
import de.kim.localinfra.security.AccessMatrixProbe.Caller;

/**
 * Base of each service's {@code @QuarkusTest} that holds the running service to its access matrix
 * ({@link AccessMatrix}, checked by {@link AccessMatrixProbe}): every operation of the served OpenAPI document × every
 * role, and callers with no token, an expired one, one of another issuer, a forged signature, another audience and no
 * role. An operation without a line in the matrix fails the build.
 */
public abstract class AccessMatrixTestBase {

    private final String service;
    private final Set<String> roles;
    private final Map<String, String> pathSamples;

    /**
     * @param roles every role of the realm
     * @param pathSamples values for path parameters whose meaning the access depends on (e.g. {@code authority})
     */
    protected AccessMatrixTestBase(String service, Set<String> roles, Map<String, String> pathSamples) {
        this.service = service;
        this.roles = roles;
        this.pathSamples = pathSamples;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryCallerAsTheMatrixSays() {
        AccessMatrix matrix = AccessMatrix.of(service, roles);
        AccessMatrixProbe probe = new AccessMatrixProbe("", ApiOperations.served(), matrix, pathSamples);
        List<Operation> operations = probe.operations();
        int callers = roles.size() + 6;
        System.out.printf("ACCESS MATRIX %s: %d operations x %d callers = %d requests%n", service, operations.size(),
                callers, operations.size() * callers);
        return operations.stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            List<String> wrong = probe.violations(operation, callersFor(probe.allowed(operation)));
            assertTrue(wrong.isEmpty(), () -> operation + " (matrix " + matrix.file() + "): " + wrong);
        }));
    }

    @Test
    void everyLineOfTheMatrixNamesAnOperation() {
        Set<String> served = new HashSet<>();
        ApiOperations.served().all().forEach(operation -> served.add(operation.toString()));
        AccessMatrix matrix = AccessMatrix.of(service, roles);
        List<String> stale = matrix.operations().stream().filter(operation -> !served.contains(operation)).toList();
        assertTrue(stale.isEmpty(), () -> "lines of " + matrix.file() + " without an operation: " + stale);
    }

    /** Every role with the claims the realm gives it, and the invalid tokens (of a role that would be allowed). */
    private List<Caller> callersFor(Set<String> allowed) {
        List<Caller> callers = new ArrayList<>();
        for (String role : roles) {
            callers.add(new Caller(role, TestTokens.asRealmUser("matrix-" + role, role), Set.of(role), true));
        }
        String role = allowed.stream().filter(roles::contains).findFirst().orElse(roles.iterator().next());
        callers.add(new Caller("no token", null, Set.of(), false));
        callers.add(new Caller("expired token", TestTokens.expired("matrix-expired", role), Set.of(role), false));
        callers.add(new Caller("token of another issuer", TestTokens.fromOtherIssuer("matrix-other", role),
                Set.of(role), false));
        callers.add(new Caller("forged signature", TestTokens.forgedSignature("matrix-forged", role), Set.of(role),
                false));
        callers.add(new Caller("token for another audience", TestTokens.forOtherAudience("matrix-aud", role),
                Set.of(role), false));
        callers.add(new Caller("token without role", TestTokens.withoutRole("matrix-norole"), Set.of(), true));
        return callers;
    }
}
