package de.kim.cases.casefile.service;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.security.ForbiddenException;

import de.kim.cases.audit.AccessPurpose;
import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.api.CaseInput;
import de.kim.cases.casefile.api.CaseInput.MemberInput;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.HouseholdMember;
import de.kim.cases.casefile.domain.PhaseStep;
import de.kim.cases.casefile.domain.Priority;
import de.kim.cases.common.Now;
import de.kim.cases.facts.CaseFactsPublisher;
import de.kim.cases.history.CaseHistory;
import de.kim.cases.reference.domain.MunicipalityReplica;
import de.kim.cases.reference.domain.PlaceReplica;
import de.kim.cases.search.MemberSearchTerms;
import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.cases.CaseState.LanguageSkill;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.platform.vocabulary.Languages;

/**
 * Opens, reads and changes cases of the caller's sub-region. Every change of anything that belongs to a case goes
 * through {@link #begin} and {@link #commit}: If-Match, a new version, the event, the history and the audit entry.
 */
@ApplicationScoped
public class CaseService {

    private static final Set<String> SORTABLE = Set.of("number", "openedAt", "nextReview", "priority");
    /** ISO 3166-1 alpha-2, and Kosovo's XK (user-assigned, used by the EU and German authorities). */
    private static final Set<String> COUNTRIES = Stream.concat(Stream.of(Locale.getISOCountries()), Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());
    /** Actors of changes that arrive as events from other services, e.g. {@code system:offer-service}. */
    public static final String SYSTEM = "system:";

    private final Outbox outbox;
    private final CaseNumbers numbers;
    private final CaseAccess access;
    private final CaseHistory history;
    private final MemberSearchTerms searchTerms;
    private final AuditLog audit;
    private final NoteRecords notes;
    private final CaseFactsPublisher facts;

    CaseService(Outbox outbox, CaseNumbers numbers, CaseAccess access, CaseHistory history,
            MemberSearchTerms searchTerms, AuditLog audit, CaseFactsPublisher facts, NoteRecords notes) {
        this.outbox = outbox;
        this.numbers = numbers;
        this.access = access;
        this.history = history;
        this.searchTerms = searchTerms;
        this.audit = audit;
        this.notes = notes;
        this.facts = facts;
    }

    @Transactional
    public Page<CaseState> list(CasePhase phase, PageParams page) {
        QueryFilter filter = new QueryFilter().and("subregion = :subregion", "subregion", access.subregion())
                .and("phase = :phase", "phase", phase);
        Page<CaseState> found = page.fetch(
                CaseFile.find(filter.query(), page.sort(SORTABLE, "number"), filter.parameters()),
                (CaseFile c) -> CaseStates.forCaseManagement(CaseStates.of(c)));
        audit.recordReads("CASE_LISTED", found.items().stream().map(CaseState::id).toList());
        return found;
    }

    @Transactional
    public Versioned<CaseState> get(UUID id) {
        CaseFile caseFile = read(id, "CASE_READ");
        return new Versioned<>(CaseStates.forCaseManagement(CaseStates.of(caseFile)), caseFile.version);
    }

    @Transactional
    public Versioned<CaseState> open(CaseInput input) {
        MunicipalityReplica municipality = municipality(input.municipalityId());
        if (!municipality.subregion.equals(access.subregion())) {
            throw new ForbiddenException();
        }
        CaseFile caseFile = new CaseFile();
        caseFile.id = UUID.randomUUID();
        caseFile.subregion = municipality.subregion;
        caseFile.openedAt = Now.utc();
        apply(caseFile, input, municipality);
        // Numbered once the input is known to be valid, so refused input uses up no number.
        caseFile.number = numbers.next(municipality.subregion, Year.from(Now.today()));
        return commit(new CaseChange(caseFile, null, "CASE_OPENED", access.subject()));
    }

    @Transactional
    public Versioned<CaseState> update(UUID id, long expectedVersion, CaseInput input) {
        CaseChange change = begin(id, expectedVersion, "CASE_UPDATED");
        MunicipalityReplica municipality = municipality(input.municipalityId());
        if (!municipality.subregion.equals(change.caseFile().subregion)) {
            throw ApiProblem.invalid("municipalityId", "other-subregion",
                    "lies in another sub-region: hand the case over by transfer instead");
        }
        apply(change.caseFile(), input, municipality);
        return commit(change);
    }

    /**
     * Starts a change of a case of the caller's sub-region.
     *
     * @throws ApiProblem
     *             404 for a case the caller may not see, 412 when it changed since the caller read it
     */
    @Transactional(TxType.MANDATORY)
    public CaseChange begin(UUID id, long expectedVersion, String action) {
        return begin(find(id), expectedVersion, action, access.subject());
    }

    /** Starts a change of a case found by other rules (a transfer's receiving side, an authority, an event). */
    @Transactional(TxType.MANDATORY)
    public CaseChange begin(CaseFile caseFile, long expectedVersion, String action, String actor) {
        Etags.requireCurrent(expectedVersion, caseFile.version);
        return new CaseChange(caseFile, CaseStates.withoutNotes(caseFile), action, actor);
    }

    /**
     * Writes the change and, in the same transaction, its event, history entry and audit entry; returns the case as the
     * case management may read it now.
     */
    @Transactional(TxType.MANDATORY)
    public Versioned<CaseState> commit(CaseChange change) {
        long version = save(change);
        return new Versioned<>(CaseStates.forCaseManagement(CaseStates.of(change.caseFile())), version);
    }

    /**
     * Writes the change as {@link #commit} does, returning only the new version: a change of a note then touches no
     * other note of the case.
     */
    @Transactional(TxType.MANDATORY)
    public long save(CaseChange change) {
        CaseFile caseFile = change.caseFile();
        boolean bySystem = change.actor().startsWith(SYSTEM);
        if (bySystem) {
            // A provider's answer is no sign of life from the case management (the worklist's INACTIVE), and the case
            // row itself may not change: its version must move on all the same.
            CaseFile.getEntityManager().lock(caseFile, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } else {
            // Touching the row also makes every change of a person (of a goal or note alone) a new case version.
            caseFile.lastActivityAt = Now.utc();
        }
        caseFile.persistAndFlush();
        CaseState state = CaseStates.withoutNotes(caseFile);
        if (change.before() == null || !change.before().members().equals(state.members())) {
            searchTerms.reindex(caseFile);
        }
        outbox.append(CaseEvents.CASE, caseFile.id.toString(), caseFile.version, state);
        if (change.note() != null) {
            notes.publish(caseFile.id, change.note(), caseFile.version);
        }
        facts.changed(state, caseFile.version);
        recordHistory(change, state, caseFile.version);
        if (bySystem) {
            audit.recordFor(change.actor(), null, AccessPurpose.EVENT_PROCESSING, change.action(), caseFile.id);
        } else {
            audit.record(change.action(), caseFile.id);
        }
        return caseFile.version;
    }

    /**
     * The history is read by the case management, so it is written from what the case management may see: a change
     * only of notes kept by an authority (§ 65 SGB VIII, own-authority notes) shows as restricted, without actor or
     * fields. The audit log keeps the full record for the data-protection officer. The states compared hold only the
     * note that changed, if any: the history of a note costs the same whatever else the case holds.
     */
    private void recordHistory(CaseChange change, CaseState afterWithoutNotes, long version) {
        CaseState fullBefore = change.before() == null
                ? null
                : CaseStates.withNotes(change.before(), listOf(change.noteBefore()));
        CaseState after = CaseStates.withNotes(afterWithoutNotes, listOf(change.note()));
        CaseState before = fullBefore == null ? null : CaseStates.forCaseManagement(fullBefore);
        CaseState shown = CaseStates.forCaseManagement(after);
        boolean hidden = before != null && before.equals(shown) && !fullBefore.equals(after);
        if (hidden) {
            history.record(before, shown, version, CaseHistory.RESTRICTED, null, null, "RESTRICTED_CHANGE");
        } else if (change.actor().startsWith(SYSTEM)) {
            history.record(before, shown, version, change.actor(), null, null, change.action());
        } else {
            // Every person's change is made by the caller (a case manager, or authority staff through a view).
            history.record(before, shown, version, change.actor(), access.displayName(), access.authority(),
                    change.action());
        }
    }

    private static List<CaseState.Note> listOf(CaseState.Note note) {
        return note == null ? List.of() : List.of(note);
    }

    /** A case of the caller's sub-region whose data the caller reads now; the read is audited. */
    @Transactional(TxType.MANDATORY)
    public CaseFile read(UUID id, String action) {
        CaseFile caseFile = find(id);
        audit.record(action, id);
        return caseFile;
    }

    /** Another sub-region's case is not found, exactly like a case that does not exist. */
    @Transactional(TxType.MANDATORY)
    public CaseFile find(UUID id) {
        CaseFile caseFile = CaseFile.findById(id);
        if (caseFile == null || !caseFile.subregion.equals(access.subregion())) {
            throw ApiProblem.notFound("No case with this id.");
        }
        return caseFile;
    }

    private void apply(CaseFile caseFile, CaseInput input, MunicipalityReplica municipality) {
        check(input);
        caseFile.municipalityId = municipality.id;
        caseFile.quarterId = input.quarterId();
        caseFile.accommodationId = input.accommodationId();
        enterPhase(caseFile, input.phase() == null ? CasePhase.ANKOMMEN : input.phase());
        caseFile.closedReason = caseFile.phase == CasePhase.CLOSED ? input.closedReason() : null;
        caseFile.caseManager = input.caseManager() == null ? access.subject() : input.caseManager();
        caseFile.priority = input.priority() == null ? Priority.NORMAL : input.priority();
        caseFile.nextReview = input.nextReview();
        Map<UUID, HouseholdMember> existing = new HashMap<>();
        caseFile.members.forEach(m -> existing.put(m.id, m));
        List<HouseholdMember> members = new ArrayList<>();
        for (int i = 0; i < input.members().size(); i++) {
            MemberInput given = input.members().get(i);
            HouseholdMember member = given.id() == null ? newMember(caseFile) : existing.remove(given.id());
            if (member == null) {
                throw ApiProblem.invalid("members[" + i + "].id", "unknown", "no such member in this case");
            }
            copy(given, i, member);
            members.add(member);
        }
        caseFile.members.clear();
        caseFile.members.addAll(members);
    }

    /** A new step in the phase history only when the phase really changes; the first one is the opening. */
    private static void enterPhase(CaseFile caseFile, CasePhase phase) {
        if (caseFile.phase != phase) {
            caseFile.phaseHistory
                    .add(new PhaseStep(phase, caseFile.phase == null ? caseFile.openedAt : Now.utc()));
        }
        caseFile.phase = phase;
    }

    private static void check(CaseInput input) {
        if (input.phase() == CasePhase.CLOSED && (input.closedReason() == null || input.closedReason().isBlank())) {
            throw ApiProblem.invalid("closedReason", "required", "is required to close a case");
        }
        if (input.quarterId() != null
                && !PlaceReplica.existsIn(input.quarterId(), PlaceReplica.Kind.QUARTER, input.municipalityId())) {
            throw ApiProblem.invalid("quarterId", "unknown", "no such quarter in this municipality");
        }
        if (input.accommodationId() != null && !PlaceReplica.existsIn(input.accommodationId(),
                PlaceReplica.Kind.ACCOMMODATION, input.municipalityId())) {
            throw ApiProblem.invalid("accommodationId", "unknown", "no such accommodation in this municipality");
        }
        for (int i = 0; i < input.members().size(); i++) {
            MemberInput member = input.members().get(i);
            if (member.nationality() != null && !COUNTRIES.contains(member.nationality())) {
                throw ApiProblem.invalid("members[" + i + "].nationality", "country-code",
                        "must be an ISO 3166-1 alpha-2 code");
            }
            Languages.requireIsoCodes("members[" + i + "].languages",
                    member.languages().stream().map(CaseInput.LanguageInput::code).toList());
        }
    }

    private static HouseholdMember newMember(CaseFile caseFile) {
        HouseholdMember member = new HouseholdMember();
        member.id = UUID.randomUUID();
        member.caseFile = caseFile;
        return member;
    }

    private static void copy(MemberInput input, int position, HouseholdMember member) {
        member.position = position;
        member.firstName = input.firstName();
        member.lastName = input.lastName();
        member.birthDate = input.birthDate();
        member.gender = input.gender();
        member.nationality = input.nationality();
        member.languages = input.languages().stream().map(l -> new LanguageSkill(l.code(), l.level())).toList();
        member.residenceStatus = input.residenceStatus();
        member.residenceValidUntil = input.residenceValidUntil();
        member.arrivalDate = input.arrivalDate();
    }

    /** A municipality the case may lie in: known from the region-service and not deleted. */
    public static MunicipalityReplica municipality(UUID id) {
        MunicipalityReplica municipality = MunicipalityReplica.findById(id);
        if (municipality == null || municipality.deleted) {
            throw ApiProblem.invalid("municipalityId", "unknown", "no such municipality");
        }
        return municipality;
    }
}
