package de.kim.platform.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Insert-first duplicate detection: no check-then-insert race between two deliveries.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true when this consumer sees the event for the first time */
    @Transactional(TxType.MANDATORY)
    public boolean markProcessed(String consumer, String eventId) {
        return entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id) values (?1, ?2)
                on conflict do nothing
                """).setParameter(1, consumer).setParameter(2, eventId).executeUpdate() == 1;
    }
}
