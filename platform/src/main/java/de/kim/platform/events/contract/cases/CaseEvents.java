package de.kim.platform.events.contract.cases;

import java.util.UUID;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/**
 * Case events on {@link Topic#CASES}, keyed by case id. They carry personal data: consumers (the
 * authority views) keep only what consent covers.
 */
public final class CaseEvents {

    /** Full current state of a case with its household; its notes travel as records of their own ({@link #NOTE}). */
    public static final EventType<CaseState> CASE = new EventType<>("de.kim.cases.case.v1", Topic.CASES, "case",
            CaseState.class);

    /**
     * A note of a case that others than its writer's side may read, written or released: keyed {@code <case>/<note>}
     * on the case's partition, subject and version those of the case (the version the note was written or released
     * in). A tombstone of that key when the case is anonymised.
     */
    public static final EventType<CaseState.Note> NOTE = new EventType<>("de.kim.cases.note.v1", Topic.CASES,
            "case", CaseState.Note.class);

    /** The record key of a note: compaction keeps each note, the case's partition keeps them in order. */
    public static String noteKey(UUID caseId, UUID noteId) {
        return caseId + "/" + noteId;
    }

    private CaseEvents() {
    }
}
