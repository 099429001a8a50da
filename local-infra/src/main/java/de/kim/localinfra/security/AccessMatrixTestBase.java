package de.kim.localinfra.security;

import static io.restassured.RestAssured.given;
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

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;

/**
 * Base of each service's {@code @QuarkusTest} that holds the running service to its access matrix
 * ({@link AccessMatrix}): every operation of the served OpenAPI document × every role, and callers with no token, an
 * expired one, one of another issuer, a forged signature, another audience and no role. A role the matrix names gets
 * past the door (what it then finds, 404 or 422, is the other tests' business); every other role gets 403; a caller
 * without a valid token gets 401; nobody gets a 5xx. An operation without a line in the matrix fails the build.
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

    /** A caller: a token (null: none), the roles it really holds, whether the token is one the service must accept. */
    private record Caller(String name, String token, Set<String> roles, boolean valid) {
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryCallerAsTheMatrixSays() {
        ApiOperations api = ApiOperations.served();
        AccessMatrix matrix = AccessMatrix.of(service, roles);
        List<Operation> operations = api.all();
        int callers = roles.size() + 6;
        System.out.printf("ACCESS MATRIX %s: %d operations x %d callers = %d requests%n", service, operations.size(),
                callers, operations.size() * callers);
        return operations.stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            Set<String> allowed = matrix.rolesFor(operation.toString()).orElseThrow(() -> new AssertionError(
                    operation + " has no line in " + matrix.file() + ": say who may call it"));
            List<String> wrong = new ArrayList<>();
            for (Caller caller : callersFor(allowed)) {
                int status = send(api, operation, caller);
                int expected = expectedStatus(allowed, caller);
                boolean ok = expected == 0 ? status != 401 && status != 403 && status < 500 : status == expected;
                if (!ok) {
                    wrong.add("%s got %d, expected %s".formatted(caller.name(), status,
                            expected == 0 ? "to get in (not 401/403/5xx)" : expected));
                }
            }
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

    /** 0: gets in; else the exact status. */
    private static int expectedStatus(Set<String> allowed, Caller caller) {
        if (allowed.contains(AccessMatrix.ANYONE)) {
            return 0;
        }
        if (!caller.valid()) {
            return 401;
        }
        return caller.roles().stream().anyMatch(allowed::contains) ? 0 : 403;
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

    private int send(ApiOperations api, Operation operation, Caller caller) {
        RequestSpecification request = given().redirects().follow(false);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        if (operation.hasBody()) {
            request.contentType(ContentType.JSON).body("{}");
        }
        Response response = request.request(operation.method(), api.concretePath(operation, pathSamples));
        return response.statusCode();
    }
}
