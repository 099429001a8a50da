package de.kim.localinfra.security;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import de.kim.localinfra.openapi.ApiOperations;
import de.kim.localinfra.openapi.ApiOperations.Operation;

/**
 * Holds a running service to its {@link AccessMatrix}: sends an operation as each caller and names every answer the
 * matrix does not allow. A role the matrix names gets past the door (what it then finds, 404 or 422, is the other
 * tests' business); every other role gets 403; a caller without a valid token gets 401; nobody gets a 5xx. The
 * service tests send tokens of the in-process provider, the end-to-end run tokens of the realm's Keycloak.
 */
public final class AccessMatrixProbe {

    /** A caller: a token (null: none), the roles it really holds, whether the token is one the service must accept. */
    public record Caller(String name, String token, Set<String> roles, boolean valid) {
    }

    private final String baseUri;
    private final ApiOperations api;
    private final AccessMatrix matrix;
    private final Map<String, String> pathSamples;

    /**
     * @param baseUri the service's address ({@code ""}: where RestAssured points, the {@code @QuarkusTest}'s service)
     * @param pathSamples values for path parameters whose meaning the access depends on (e.g. {@code authority})
     */
    public AccessMatrixProbe(String baseUri, ApiOperations api, AccessMatrix matrix, Map<String, String> pathSamples) {
        this.baseUri = baseUri;
        this.api = api;
        this.matrix = matrix;
        this.pathSamples = pathSamples;
    }

    public List<Operation> operations() {
        return api.all();
    }

    /** The roles the matrix lets in; an operation without a line fails. */
    public Set<String> allowed(Operation operation) {
        return matrix.rolesFor(operation.toString()).orElseThrow(() -> new AssertionError(
                operation + " has no line in " + matrix.file() + ": say who may call it"));
    }

    /** The callers whose answer breaks the matrix, each with what it got; empty when all is as the matrix says. */
    public List<String> violations(Operation operation, List<Caller> callers) {
        Set<String> allowed = allowed(operation);
        List<String> wrong = new ArrayList<>();
        for (Caller caller : callers) {
            int status = send(operation, caller);
            int expected = expectedStatus(allowed, caller);
            boolean ok = expected == 0 ? status != 401 && status != 403 && status < 500 : status == expected;
            if (!ok) {
                wrong.add("%s got %d, expected %s".formatted(caller.name(), status,
                        expected == 0 ? "to get in (not 401/403/5xx)" : expected));
            }
        }
        return wrong;
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

    private int send(Operation operation, Caller caller) {
        RequestSpecification request = given().redirects().follow(false);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        if (operation.hasBody()) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(operation.method(), baseUri + api.concretePath(operation, pathSamples)).statusCode();
    }
}
