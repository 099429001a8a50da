package de.kim.platform.database;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Bounds a service's audit trail ({@code kim.audit.trail-table}: the case-service's audit_event, the offer-service's
 * referral_access), which gains a row with every read and change of personal data. Its purpose is to let the
 * data-protection officer and the people concerned check who read or changed what (Art. 5 (1) e, 15 GDPR; § 83 SGB X):
 * {@code kim.audit.kept-for} (two years by default, the officer's decision) covers the period such questions are asked
 * in. Older entries go every night, in slices; the database refuses to delete any entry younger than a year, whatever
 * is configured here.
 */
@ApplicationScoped
public class AuditTrailRetention {

    private static final Logger LOG = Logger.getLogger(AuditTrailRetention.class);

    private final DataSource dataSource;
    private final Optional<String> table;
    private final Period keptFor;

    AuditTrailRetention(DataSource dataSource, @ConfigProperty(name = "kim.audit.trail-table") Optional<String> table,
            @ConfigProperty(name = "kim.audit.kept-for", defaultValue = "P2Y") Period keptFor) {
        this.dataSource = dataSource;
        this.table = table;
        this.keptFor = keptFor;
    }

    @Scheduled(cron = "${kim.retention.cron:0 30 2 * * ?}", timeZone = "Europe/Berlin", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (table.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        try {
            long deleted = forgetOlderThan(Duration.between(today.minus(keptFor).atStartOfDay(), today.atStartOfDay()));
            if (deleted > 0) {
                LOG.infof("Deleted %d entries of %s older than %s", deleted, table.get(), keptFor);
            }
        } catch (SQLException e) {
            LOG.warnf("Audit trail not trimmed: %s", e.getClass().getSimpleName()); // next night
        }
    }

    /** Deletes the entries older than {@code age}; returns how many. Public for tests. */
    public long forgetOlderThan(Duration age) throws SQLException {
        return AgedRows.deleteOlderThan(dataSource, table.orElseThrow(), "at", age);
    }
}
