package de.kim.platform.events.inbox;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import de.kim.platform.database.AgedRows;

/**
 * Bounds the processed-events table, which grew by a row per event for ever. Kafka delivers an event again only until
 * its consumer has committed the offset (minutes after a crash or a rebalance), so a record of it is needed that long;
 * {@code kim.events.processed-retention} (30 days) keeps it far longer. Only a consumer group an operator resets further
 * back would see events as new (rebuilds replay without a group: TopicReplay).
 */
@ApplicationScoped
public class ProcessedEventsRetention {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsRetention.class);

    private final DataSource dataSource;
    private final Duration retention;

    ProcessedEventsRetention(DataSource dataSource,
            @ConfigProperty(name = "kim.events.processed-retention", defaultValue = "30d") Duration retention) {
        this.dataSource = dataSource;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            long forgotten = forgetOlderThan(retention);
            if (forgotten > 0) {
                LOG.infof("Forgot %d processed events older than %s", forgotten, retention);
            }
        } catch (SQLException e) {
            LOG.warnf("Processed events not trimmed: %s", e.getClass().getSimpleName()); // next hour
        }
    }

    /** Deletes the records older than {@code age}; returns how many. Public for tests. */
    public long forgetOlderThan(Duration age) throws SQLException {
        return AgedRows.deleteOlderThan(dataSource, "processed_event", "processed_at", age);
    }
}
