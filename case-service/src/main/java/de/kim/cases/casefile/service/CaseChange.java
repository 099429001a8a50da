package de.kim.cases.casefile.service;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * One change of a case in progress: the case as loaded (its If-Match checked), its state before, what is being done
 * and by whom. {@link CaseService#commit} turns it into a new version, an event, a history entry and an audit entry.
 *
 * @param before
 *            null when the case is being opened
 * @param action
 *            e.g. CASE_UPDATED, CONSENT_GRANTED: names the history and audit entries
 * @param actor
 *            the identity-provider subject, or {@code system:<service>} for changes arriving as events
 */
public record CaseChange(CaseFile caseFile, CaseState before, String action, String actor) {
}
