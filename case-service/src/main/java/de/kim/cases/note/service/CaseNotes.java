package de.kim.cases.note.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.casefile.service.CaseChange;
import de.kim.cases.casefile.service.CaseService;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.cases.note.api.NoteInput;
import de.kim.cases.note.api.ReleaseInput;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.problem.ApiProblem;

/**
 * Notes on a case, written by the KIM case management or by staff of an authority taking part. Notes are never edited;
 * a note confided to the Jugendamt can only be released by the Jugendamt, on a basis of § 65 (1) SGB VIII.
 */
@ApplicationScoped
public class CaseNotes {

    public static final String JUGENDAMT = "JUGENDAMT";

    private final CaseService cases;

    CaseNotes(CaseService cases) {
        this.cases = cases;
    }

    /**
     * A note of the case management (no author authority).
     *
     * @param wholeCase
     *            whether to return the case with all its notes, or only its new version (no other note is read)
     */
    @Transactional
    public Versioned<CaseState> write(UUID caseId, long expectedVersion, NoteInput input, String author,
            boolean wholeCase) {
        if (input.confided()) {
            throw ApiProblem.invalid("confided", "jugendamt-only",
                    "only the Jugendamt receives confided information (§ 65 SGB VIII)");
        }
        CaseChange change = cases.begin(caseId, expectedVersion, "NOTE_WRITTEN");
        change = change.withNote(null, add(change.caseFile(), input, null, author));
        return wholeCase ? cases.commit(change) : new Versioned<>(null, cases.save(change));
    }

    /** A note of an authority taking part; its version is the one the authority's view shows. */
    @Transactional
    public long writeAsAuthority(UUID caseId, String authority, long expectedVersion, NoteInput input,
            String author) {
        if (input.confided() && !JUGENDAMT.equals(authority)) {
            throw ApiProblem.invalid("confided", "jugendamt-only",
                    "only the Jugendamt receives confided information (§ 65 SGB VIII)");
        }
        CaseChange change = cases.begin(takenPartIn(caseId, authority), expectedVersion, "NOTE_WRITTEN", author);
        return cases.save(change.withNote(null, add(change.caseFile(), input, authority, author)));
    }

    /** The Jugendamt passes on a note confided to it; from then on the note's visibility applies. */
    @Transactional
    public long release(UUID caseId, UUID noteId, long expectedVersion, ReleaseInput input, String releasedBy) {
        CaseChange change = cases.begin(takenPartIn(caseId, JUGENDAMT), expectedVersion, "NOTE_RELEASED",
                releasedBy);
        CaseNote note = CaseNote.<CaseNote>find("id = ?1 and caseFile.id = ?2", noteId, caseId).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("No such note in this case."));
        if (!note.confided) {
            throw ApiProblem.conflict("Only a confided note is released.");
        }
        if (note.release != null) {
            throw ApiProblem.conflict("The note is released already.");
        }
        CaseState.Note before = CaseStates.note(note);
        note.release = new CaseState.Release(input.basis().name(), input.justification(), releasedBy,
                Now.utc());
        return cases.save(change.withNote(before, CaseStates.note(note)));
    }

    /**
     * Persists the note on its own: adding it to the case's list would load every note the case has.
     */
    private static CaseState.Note add(CaseFile caseFile, NoteInput input, String authority, String author) {
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.caseFile = caseFile;
        note.category = input.category();
        note.text = input.text();
        note.visibility = input.visibility();
        note.authorAuthority = authority;
        note.author = author;
        note.writtenAt = Now.utc();
        note.confided = input.confided();
        note.persist();
        return CaseStates.note(note);
    }

    /** A case the authority takes part in today; for it, no other case exists. */
    private static CaseFile takenPartIn(UUID caseId, String authority) {
        CaseFile caseFile = CaseFile.findById(caseId);
        LocalDate today = Now.today();
        boolean takesPart = caseFile != null && caseFile.participations.stream()
                .anyMatch(p -> p.authority.equals(authority) && !p.since.isAfter(today)
                        && (p.until == null || !p.until.isBefore(today)));
        if (!takesPart) {
            throw ApiProblem.notFound("No such case in this view.");
        }
        return caseFile;
    }
}
