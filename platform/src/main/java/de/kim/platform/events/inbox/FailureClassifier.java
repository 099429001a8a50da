package de.kim.platform.events.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells failures of the infrastructure (database away, deadlock), which are retried for as long as they last, from
 * failures of the event itself, which are dead-lettered after a few attempts.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientSqlState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || cause instanceof StaleStateException
                    || cause instanceof JDBCConnectionException) {
                // a concurrent writer or a lost connection: the next attempt sees a settled state
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * 08 connection, 40 serialization/deadlock, 53 resources, 57P operator intervention (restart).
     */
    private static boolean isTransientSqlState(String state) {
        if (state == null) {
            // Agroal's acquisition timeout carries no state: the pool could not get a
            // connection.
            return true;
        }
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.equals("55P03")
                || state.startsWith("57P");
    }
}
