package de.kim.platform.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.JDBCConnectionException;
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

    /**
     * A lost or refused connection (SQL state class 08), a server shutting down or starting (57P01–03), or no connection
     * free in the pool within its acquisition timeout (an SQLException without state, caused by a timeout): each passes
     * when the database is back or the load drops.
     */
    static boolean means(Throwable failure) {
        if (failure instanceof JDBCConnectionException) {
            return true;
        }
        if (!(failure instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null) {
            return sql.getCause() instanceof TimeoutException;
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    static Response respond(Throwable failure, UriInfo uri) {
        LOG.warnf("Database unavailable (%s): request answered with 503", FailureChain.describe(failure));
        Response problem = ProblemMappers.respond(ProblemKind.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment; try again shortly.", uri, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
