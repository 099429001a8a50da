package de.kim.platform.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import de.kim.platform.database.TransactionSql;

/**
 * Insert-first duplicate detection: no check-then-insert race between two deliveries.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final TransactionSql sql;

    ProcessedEvents(TransactionSql sql) {
        this.sql = sql;
    }

    /** @return true when this consumer sees the event for the first time */
    @Transactional(TxType.MANDATORY)
    public boolean markProcessed(String consumer, String eventId) {
        return sql.update("""
                insert into processed_event (consumer, event_id) values (?, ?)
                on conflict do nothing
                """, consumer, eventId) == 1;
    }
}
