package de.kim.platform.api;

import java.net.URI;
import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import de.kim.platform.problem.ApiProblem;
import de.kim.platform.problem.ProblemKind;

/**
 * Optimistic concurrency over HTTP: every single-resource answer carries the version as a strong ETag, and every change
 * must name the version it was based on in {@code If-Match}.
 */
public final class Etags {

    private static final String MINIMAL = "return=minimal";

    private Etags() {
    }

    public static Response ok(Versioned<?> versioned) {
        return Response.ok(versioned.body()).tag(tag(versioned.version())).build();
    }

    /** A change answered without a body (RFC 7240 {@code Prefer: return=minimal}): 204 with the new version. */
    public static Response noContent(long version) {
        return Response.noContent().tag(tag(version)).header("Preference-Applied", MINIMAL).build();
    }

    /** Whether a {@code Prefer} header asks for no body in the answer to a change (RFC 7240). */
    public static boolean prefersMinimal(String prefer) {
        return prefer != null && Arrays.stream(prefer.split(",")).map(String::strip)
                .anyMatch(MINIMAL::equalsIgnoreCase);
    }

    public static Response created(URI location, Versioned<?> versioned) {
        return Response.created(location).entity(versioned.body()).tag(tag(versioned.version())).build();
    }

    /**
     * The version named by an {@code If-Match} header.
     *
     * @throws ApiProblem
     *             428 when the header is missing, 412 when it names no version of ours
     */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(ProblemKind.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so a concurrent change is not overwritten.");
        }
        String value = ifMatch.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            try {
                return Long.parseLong(value.substring(1, value.length() - 1));
            } catch (NumberFormatException e) {
                // falls through to the precondition failure below
            }
        }
        throw new ApiProblem(ProblemKind.PRECONDITION_FAILED, "If-Match does not match the current ETag.");
    }

    /**
     * @throws ApiProblem
     *             412 when the resource changed since the caller read it
     */
    public static void requireCurrent(long expected, long current) {
        if (expected != current) {
            throw new ApiProblem(ProblemKind.PRECONDITION_FAILED,
                    "The resource was changed by someone else; read it again and repeat your change.");
        }
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
