package de.kim.platform.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

/**
 * The database cannot be reached: down, restarting, or refusing connections. The transaction did not commit, so the
 * answer is a 503 with {@code Retry-After}: the caller may send the same request again (changes carry If-Match, so a
 * repeat cannot apply twice), unlike a 500 that reports a fault.
 */
final class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** SQL states of a lost or refused connection (class 08) and of a server shutting down or starting (57P01–03). */
    static boolean means(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }

    static Response respond(UriInfo uri) {
        LOG.warn("Database unavailable: request answered with 503");
        Response problem = ProblemMappers.respond(ProblemKind.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment; try again shortly.", uri, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
