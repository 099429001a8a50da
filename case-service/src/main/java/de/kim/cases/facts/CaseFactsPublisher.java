package de.kim.cases.facts;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.facts.CaseFacts;
import de.kim.platform.events.contract.facts.CaseFactsEvents;
import de.kim.platform.events.outbox.Outbox;

/**
 * Publishes what the statistics need of each case on kim.case-facts.v1, in the transaction of the change (through the
 * outbox, like the case itself), so the monitoring never needs the full case. Cases that existed before the topic did
 * are published once on start (case_facts_backfill).
 */
@ApplicationScoped
public class CaseFactsPublisher {

    private static final Logger LOG = Logger.getLogger(CaseFactsPublisher.class);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final CaseFactsKey key;
    private final EntityManager entityManager;

    CaseFactsPublisher(Outbox outbox, CaseFactsKey key, EntityManager entityManager) {
        this.outbox = outbox;
        this.key = key;
        this.entityManager = entityManager;
    }

    /** The facts of the case's new state, counted as of today (household age bands). */
    @Transactional(TxType.MANDATORY)
    public void changed(CaseState state, long version) {
        outbox.append(CaseFactsEvents.FACTS, key.of(state.id()), version, CaseFacts.of(state, Now.today()));
    }

    /** The case is anonymised or deleted: a tombstone, after which the monitoring keeps only its counts. */
    @Transactional(TxType.MANDATORY)
    public void erased(UUID caseId, long version) {
        outbox.appendTombstone(CaseFactsEvents.FACTS, key.of(caseId), version);
    }

    void backfill(@Observes StartupEvent started) {
        int published = 0;
        for (int done = publishBatch(); done > 0; done = publishBatch()) {
            published += done;
        }
        if (published > 0) {
            LOG.infof("Case facts: %d cases published that predate kim.case-facts.v1", published);
        }
    }

    /** One batch; another instance starting at the same time takes other rows (skip locked). */
    @Transactional
    int publishBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(
                "select case_id from case_facts_backfill order by case_id limit ?1 for update skip locked",
                UUID.class).setParameter(1, BATCH).getResultList();
        for (UUID id : ids) {
            CaseFile caseFile = CaseFile.findById(id);
            changed(CaseStates.of(caseFile), caseFile.version);
        }
        if (!ids.isEmpty()) {
            entityManager.createNativeQuery("delete from case_facts_backfill where case_id = any(?1)")
                    .setParameter(1, ids.toArray(UUID[]::new)).executeUpdate();
        }
        return ids.size();
    }
}
