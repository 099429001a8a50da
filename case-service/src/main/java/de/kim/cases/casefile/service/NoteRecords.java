package de.kim.cases.casefile.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.outbox.Outbox;

/**
 * A case's notes on kim.cases.v1, each a record of its own beside the case's state ({@link CaseEvents#NOTE}): only
 * those others than their writer's side may read; notes kept to one side stay in this database.
 */
@ApplicationScoped
public class NoteRecords {

    private final Outbox outbox;

    NoteRecords(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The note as written or released in {@code caseVersion}, if others than its writer's side may read it. */
    @Transactional(TxType.MANDATORY)
    public void publish(UUID caseId, CaseState.Note note, long caseVersion) {
        if (CaseStates.sharedBeyondItsWriter(note)) {
            outbox.appendPart(CaseEvents.NOTE, caseId.toString(), CaseEvents.noteKey(caseId, note.id()), caseVersion,
                    note);
        }
    }

    /** The note's key leaves the topic (the case is anonymised); harmless for a note that was never on it. */
    @Transactional(TxType.MANDATORY)
    public void erase(UUID caseId, UUID noteId, long caseVersion) {
        outbox.appendPartTombstone(CaseEvents.NOTE, caseId.toString(), CaseEvents.noteKey(caseId, noteId),
                caseVersion);
    }
}
