package de.kim.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

/**
 * The shapes in which a database failure reaches the service's last mapper, as the pool (Agroal), Hibernate and the
 * transaction manager (Narayana) wrap them: whatever the wrapping, an unreachable database is a 503 the client may
 * repeat, and a fault is a 500.
 */
class DatabaseFailuresTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[]{UriInfo.class}, (proxy, method, args) -> "/api/cases");

    @Test
    void connectionLostAtCommitIsReportedAsSuppressedThrowableOfTheTransactionManager() {
        XAException commitFailed = new XAException(XAException.XAER_RMFAIL);
        commitFailed.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        HeuristicMixedException heuristic = new HeuristicMixedException();
        heuristic.addSuppressed(commitFailed);

        assertUnavailable(mappers.internal(new RuntimeException(heuristic), uri));

        RollbackException rolledBack = new RollbackException();
        rolledBack.addSuppressed(commitFailed);
        assertUnavailable(mappers.internal(rolledBack, uri));
    }

    @Test
    void serverShuttingDownAndNoConnectionFreeWithinThePoolsTimeoutAreUnavailable() {
        assertUnavailable(mappers.internal(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01")), uri));
        assertUnavailable(mappers.internal(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException())),
                uri));
    }

    @Test
    void otherFailuresStayInternalErrors() {
        assertThat(mappers.internal(new PersistenceException(new SQLException("syntax error", "42601")), uri)
                .getStatus()).isEqualTo(500);
        assertThat(mappers.internal(new SQLException("no state, no timeout"), uri).getStatus()).isEqualTo(500);
        assertThat(mappers.internal(new IllegalStateException(), uri).getStatus()).isEqualTo(500);
    }

    @Test
    void aChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException();
        RuntimeException second = new RuntimeException(first);
        first.addSuppressed(second);

        assertThat(FailureChain.of(second)).containsExactly(second, first);
        assertThat(mappers.internal(second, uri).getStatus()).isEqualTo(500);
    }

    @Test
    void theLogLineNamesClassesAndSqlStatesButNoMessages() {
        String described = FailureChain.describe(new PersistenceException("Max Mustermann, 1980-01-01",
                new SQLException("duplicate key Max Mustermann", "23505")));

        assertThat(described).isEqualTo("jakarta.persistence.PersistenceException <- java.sql.SQLException[23505]");
    }

    private static void assertUnavailable(Response answer) {
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }
}
