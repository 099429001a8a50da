package de.kim.platform.events.contract.facts;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/**
 * What the statistics need of each case, on {@link Topic#CASE_FACTS}. The key and subject is a keyed hash of the case
 * id that only the case-service can compute: a reader of this topic can follow a case's counts over time but cannot
 * tell which case it is. A tombstone: the case was anonymised or deleted.
 */
public final class CaseFactsEvents {

    public static final EventType<CaseFacts> FACTS = new EventType<>("de.kim.cases.facts.v1", Topic.CASE_FACTS,
            "case-facts", CaseFacts.class);

    private CaseFactsEvents() {
    }
}
