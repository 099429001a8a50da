package de.kim.cases.facts;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import de.kim.cases.common.Now;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.facts.CaseFacts;
import de.kim.platform.events.contract.facts.CaseFactsEvents;
import de.kim.platform.events.outbox.Outbox;

/**
 * Publishes what the statistics need of each case on kim.case-facts.v1, in the transaction of the change (through the
 * outbox, like the case itself), so the monitoring never needs the full case. Cases that existed before the topic did
 * are published once on start (CaseRepublication).
 */
@ApplicationScoped
public class CaseFactsPublisher {

    private final Outbox outbox;
    private final CaseFactsKey key;

    CaseFactsPublisher(Outbox outbox, CaseFactsKey key) {
        this.outbox = outbox;
        this.key = key;
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
}
