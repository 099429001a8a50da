package de.kim.platform.events.contract.cases;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/**
 * Case events on {@link Topic#CASES}, keyed by case id. They carry personal data: consumers (the
 * authority views) keep only what consent covers.
 */
public final class CaseEvents {

    /** Full current state of a case with its household. */
    public static final EventType<CaseState> CASE = new EventType<>("de.kim.cases.case.v1", Topic.CASES, "case",
            CaseState.class);

    private CaseEvents() {
    }
}
