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
 * @param noteBefore
 *            the note released, as it was; null unless a note is released
 * @param note
 *            the note written or released; null when no note changes. {@code before} and the state committed carry no
 *            notes ({@link CaseStates#withoutNotes}): the one note that changes is all a change of a note touches
 */
public record CaseChange(CaseFile caseFile, CaseState before, String action, String actor, CaseState.Note noteBefore,
        CaseState.Note note) {

    public CaseChange(CaseFile caseFile, CaseState before, String action, String actor) {
        this(caseFile, before, action, actor, null, null);
    }

    /** This change writes ({@code before} null) or releases a note. */
    public CaseChange withNote(CaseState.Note before, CaseState.Note after) {
        return new CaseChange(caseFile, this.before, action, actor, before, after);
    }
}
