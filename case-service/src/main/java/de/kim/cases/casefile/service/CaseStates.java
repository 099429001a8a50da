package de.kim.cases.casefile.service;

import java.util.Comparator;
import java.util.List;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CaseGoal;
import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.casefile.domain.Conference;
import de.kim.cases.casefile.domain.Consent;
import de.kim.cases.casefile.domain.Measure;
import de.kim.cases.casefile.domain.Participation;
import de.kim.cases.casefile.domain.Referral;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * The state of a case: what goes on kim.cases.v1 (without notes) and what the case API returns. Every list is in one
 * fixed order, whatever order the entities were loaded or added in, so the same case always reads the same (the
 * consistency check compares the views with it).
 */
public final class CaseStates {

    private CaseStates() {
    }

    /** The case with all its notes, as the case API reads it (then filtered for its caller). */
    public static CaseState of(CaseFile c) {
        return of(c, c.notes.stream().sorted(Comparator.comparing((CaseNote n) -> n.writtenAt).thenComparing(n -> n.id))
                .map(CaseStates::note).toList());
    }

    /**
     * The case without its notes, as kim.cases.v1 carries it and as a change compares it: the notes are not even
     * loaded, so a change costs the same on a case with 500 notes as on one with 5. A note written or released is a
     * record of its own ({@link de.kim.platform.events.contract.cases.CaseEvents#NOTE}).
     */
    public static CaseState withoutNotes(CaseFile c) {
        return of(c, List.of());
    }

    private static CaseState of(CaseFile c, List<CaseState.Note> notes) {
        return new CaseState(c.id, c.number, c.subregion, c.municipalityId, c.quarterId, c.accommodationId,
                c.phase.name(), c.closedReason, c.caseManager, c.priority.name(), c.nextReview, c.openedAt,
                transfer(c), members(c), participations(c), consents(c), c.assessment, List.copyOf(c.needs), goals(c),
                conferences(c), notes, referrals(c), c.phaseHistory.stream()
                        .map(step -> new CaseState.PhaseStep(step.phase.name(), step.since)).toList());
    }

    /**
     * The case as the KIM case management may read it: without notes another authority kept to itself or confided to
     * the Jugendamt (§ 65 SGB VIII) and not released.
     */
    public static CaseState forCaseManagement(CaseState s) {
        return withNotes(s, s.notes().stream().filter(CaseStates::readableByCaseManagement).toList());
    }

    /** Whether others than the writer's side may read the note (given the category is shared with them). */
    public static boolean sharedBeyondItsWriter(CaseState.Note note) {
        return !CaseNote.keptByJugendamt(note) && !CaseNote.Visibility.OWN_AUTHORITY.name().equals(note.visibility());
    }

    private static boolean readableByCaseManagement(CaseState.Note note) {
        if (CaseNote.keptByJugendamt(note)) {
            return false;
        }
        return note.authorAuthority() == null || !CaseNote.Visibility.OWN_AUTHORITY.name().equals(note.visibility());
    }

    public static CaseState withNotes(CaseState s, List<CaseState.Note> notes) {
        return new CaseState(s.id(), s.number(), s.subregion(), s.municipalityId(), s.quarterId(),
                s.accommodationId(), s.phase(), s.closedReason(), s.caseManager(), s.priority(), s.nextReview(),
                s.openedAt(), s.transfer(), s.members(), s.participations(), s.consents(), s.assessment(), s.needs(),
                s.goals(), s.conferences(), notes, s.referrals(), s.phaseHistory());
    }

    /** The pending hand-over of the case, or null. */
    public static CaseState.Transfer transfer(CaseFile c) {
        return c.transferRequestedAt == null
                ? null
                : new CaseState.Transfer(c.transferToSubregion, c.transferToMunicipalityId, c.transferToCaseManager,
                        c.transferReason, c.transferRequestedBy, c.transferRequestedAt);
    }

    public static List<CaseState.Member> members(CaseFile c) {
        return c.members.stream().sorted(Comparator.comparingInt(m -> m.position))
                .map(m -> new CaseState.Member(m.id, m.firstName, m.lastName, m.birthDate, m.gender, m.nationality,
                        m.languages, m.residenceStatus, m.residenceValidUntil, m.arrivalDate))
                .toList();
    }

    private static List<CaseState.Participation> participations(CaseFile c) {
        return c.participations.stream()
                .sorted(Comparator.comparing((Participation p) -> p.since).thenComparing(p -> p.authority)
                        .thenComparing(p -> p.id))
                .map(p -> new CaseState.Participation(p.id, p.authority, p.contact,
                        p.fileReference, p.since, p.until))
                .toList();
    }

    private static List<CaseState.Consent> consents(CaseFile c) {
        return c.consents.stream()
                .sorted(Comparator.comparing((Consent k) -> k.grantedOn).thenComparing(k -> k.recipient)
                        .thenComparing(k -> k.id))
                .map(k -> new CaseState.Consent(k.id, k.recipientKind.name(), k.recipient, k.categories, k.purpose,
                        k.legalBasis.name(), k.justification, k.documentReference, k.grantedOn, k.validUntil,
                        k.revokedAt))
                .toList();
    }

    public static List<CaseState.Goal> goals(CaseFile c) {
        return c.goals.stream().sorted(Comparator.comparingInt((CaseGoal g) -> g.position).thenComparing(g -> g.id))
                .map(CaseStates::goal).toList();
    }

    private static CaseState.Goal goal(CaseGoal g) {
        List<CaseState.Measure> measures = g.measures.stream()
                .sorted(Comparator.comparing((Measure m) -> m.createdAt).thenComparing(m -> m.id))
                .map(m -> new CaseState.Measure(m.id, m.description, m.responsibleAuthority, m.dueDate,
                        m.status.name(), m.endedOn, m.conferenceId, m.createdAt))
                .toList();
        return new CaseState.Goal(g.id, g.title, g.category, g.needId, g.status.name(), measures);
    }

    private static List<CaseState.Conference> conferences(CaseFile c) {
        return c.conferences.stream()
                .sorted(Comparator.comparing((Conference k) -> k.heldOn).thenComparing(k -> k.id))
                .map(k -> new CaseState.Conference(k.id, k.heldOn, k.participants, k.decisions,
                        k.minutesBy))
                .toList();
    }

    public static CaseState.Note note(CaseNote n) {
        return new CaseState.Note(n.id, n.category, n.text, n.visibility.name(), n.authorAuthority, n.author,
                n.writtenAt, n.confided, n.release);
    }

    public static List<CaseState.Referral> referrals(CaseFile c) {
        return c.referrals.stream()
                .sorted(Comparator.comparing((Referral r) -> r.requestedAt).thenComparing(r -> r.id))
                .map(r -> new CaseState.Referral(r.id, r.offerId, r.offerTitle, r.memberId, r.needId, r.category,
                        r.status.name(), r.reason, r.waitlistPosition, r.requestedAt, r.statusAt, r.statusVersion))
                .toList();
    }
}
