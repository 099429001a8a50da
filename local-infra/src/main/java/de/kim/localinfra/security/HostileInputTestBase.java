package de.kim.localinfra.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.oidc.TestTokens;
import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;
import de.kim.localinfra.security.HostileRequests.HostileRequest;

/**
 * Base of each service's {@code @QuarkusTest} that drives every operation of its served OpenAPI document with hostile
 * input ({@link HostileRequests}), as a caller the access matrix lets in, so the input reaches the service's own
 * parsing and validation: no request may get a 5xx, every invalid one must get a 4xx, and the database must be exactly
 * as before.
 */
public abstract class HostileInputTestBase {

    private final String service;
    private final Set<String> roles;
    private final Map<String, String> pathSamples;
    private final Set<String> tablesWrittenByReads;

    /**
     * @param tablesWrittenByReads tables a permitted read writes by design (the audit log)
     */
    protected HostileInputTestBase(String service, Set<String> roles, Map<String, String> pathSamples,
            Set<String> tablesWrittenByReads) {
        this.service = service;
        this.roles = roles;
        this.pathSamples = pathSamples;
        this.tablesWrittenByReads = tablesWrittenByReads;
    }

    @Test
    void hostileInputGetsA4xxAndChangesNothing() throws Exception {
        ApiOperations api = ApiOperations.served();
        AccessMatrix matrix = AccessMatrix.of(service, roles);
        HostileRequests hostile = new HostileRequests(api, pathSamples);
        DatabaseFingerprint database = new DatabaseFingerprint(tablesWrittenByReads);
        Map<String, String> before = database.whenQuiet();

        List<String> wrong = new ArrayList<>();
        int tried = 0;
        int invalid = 0;
        int serverErrors = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Operation> operations = api.all();
        for (Operation operation : operations) {
            Set<String> allowed = matrix.rolesFor(operation.toString()).orElse(Set.of());
            String token = allowed.stream().filter(roles::contains).sorted().findFirst()
                    .map(role -> TestTokens.asRealmUser("hostile-" + role, role)).orElse(null);
            for (HostileRequest request : hostile.of(operation)) {
                int status = send(request, token);
                tried++;
                statuses.merge(status, 1, Integer::sum);
                invalid += request.mustBeRejected() ? 1 : 0;
                serverErrors += status >= 500 ? 1 : 0;
                if (status == 401) {
                    wrong.add("%s %s: 401, the caller's token was not accepted".formatted(operation, request.what()));
                } else if (status >= 500 || (request.mustBeRejected() && status < 400)) {
                    wrong.add("%s %s: %d".formatted(operation, request.what(), status));
                }
            }
        }
        Map<String, String> after = database.take();
        System.out.printf("HOSTILE INPUT %s: %d requests to %d operations (%d invalid by construction), 5xx: %d,"
                + " wrong: %d; answers %s%n", service, tried, operations.size(), invalid, serverErrors, wrong.size(),
                statuses);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " hostile requests answered wrongly:\n"
                + String.join("\n", wrong.subList(0, Math.min(60, wrong.size()))));
        assertEquals(before, after, "the hostile requests changed the database");
    }

    private static int send(HostileRequest request, String token) throws Exception {
        RequestSpecification spec = given().urlEncodingEnabled(false).redirects().follow(false);
        if (token != null) {
            spec.auth().oauth2(token);
        }
        if (request.body() != null) {
            spec.contentType(request.contentType()).body(request.body());
        }
        spec.header("If-Match", "\"0\"");
        try {
            return spec.request(request.method(), request.pathAndQuery()).statusCode();
        } catch (Exception e) { // also the undeclared SocketException RestAssured passes through
            // The server may answer 413 and close before the client has written all of an oversized body.
            if (request.body() != null && request.body().length > HostileRequests.BODY_LIMIT
                    && hasCause(e, SocketException.class)) {
                return 413;
            }
            throw e;
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
