package de.kim.cases.casefile.service;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;

import de.kim.cases.casefile.api.CaseInput;
import de.kim.cases.casefile.api.CaseInput.MemberInput;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.casefile.domain.HouseholdMember;
import de.kim.cases.casefile.domain.Priority;
import de.kim.cases.reference.domain.MunicipalityReplica;
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

/** Opens, reads and changes cases of the caller's sub-region; every change is published. */
@ApplicationScoped
public class CaseService {

    private static final Set<String> SORTABLE = Set.of("number", "openedAt", "nextReview", "priority");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Outbox outbox;
    private final CaseNumbers numbers;
    private final CaseAccess access;

    CaseService(Outbox outbox, CaseNumbers numbers, CaseAccess access) {
        this.outbox = outbox;
        this.numbers = numbers;
        this.access = access;
    }

    @Transactional
    public Page<CaseState> list(CasePhase phase, PageParams page) {
        QueryFilter filter = new QueryFilter().and("subregion = :subregion", "subregion", access.subregion())
                .and("phase = :phase", "phase", phase);
        return page.fetch(CaseFile.find(filter.query(), page.sort(SORTABLE, "number"), filter.parameters()),
                CaseService::toState);
    }

    @Transactional
    public Versioned<CaseState> get(UUID id) {
        CaseFile caseFile = find(id);
        return new Versioned<>(toState(caseFile), caseFile.version);
    }

    @Transactional
    public Versioned<CaseState> open(CaseInput input) {
        MunicipalityReplica municipality = municipality(input);
        if (!municipality.subregion.equals(access.subregion())) {
            throw new ForbiddenException();
        }
        CaseFile caseFile = new CaseFile();
        caseFile.id = UUID.randomUUID();
        caseFile.subregion = municipality.subregion;
        caseFile.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
        caseFile.number = numbers.next(municipality.subregion, Year.now(BERLIN));
        return save(caseFile, input, municipality);
    }

    @Transactional
    public Versioned<CaseState> update(UUID id, long expectedVersion, CaseInput input) {
        CaseFile caseFile = find(id);
        Etags.requireCurrent(expectedVersion, caseFile.version);
        MunicipalityReplica municipality = municipality(input);
        if (!municipality.subregion.equals(caseFile.subregion)) {
            throw ApiProblem.invalid("municipalityId",
                    "lies in another sub-region: hand the case over by transfer instead");
        }
        return save(caseFile, input, municipality);
    }

    private Versioned<CaseState> save(CaseFile caseFile, CaseInput input, MunicipalityReplica municipality) {
        check(input);
        caseFile.municipalityId = municipality.id;
        caseFile.phase = input.phase() == null ? CasePhase.ANKOMMEN : input.phase();
        caseFile.closedReason = caseFile.phase == CasePhase.CLOSED ? input.closedReason() : null;
        caseFile.caseManager = input.caseManager() == null ? access.subject() : input.caseManager();
        caseFile.priority = input.priority() == null ? Priority.NORMAL : input.priority();
        caseFile.nextReview = input.nextReview();
        caseFile.members.clear();
        if (caseFile.isPersistent()) {
            // Hibernate inserts before it deletes: the old members must be gone before new ones take their positions.
            CaseFile.flush();
        }
        for (int i = 0; i < input.members().size(); i++) {
            caseFile.members.add(member(caseFile, i, input.members().get(i)));
        }
        return publish(caseFile);
    }

    /** Writes the case and publishes its new state in the same transaction. */
    Versioned<CaseState> publish(CaseFile caseFile) {
        caseFile.persistAndFlush();
        CaseState state = toState(caseFile);
        outbox.append(CaseEvents.CASE, caseFile.id.toString(), caseFile.version, state);
        return new Versioned<>(state, caseFile.version);
    }

    private static void check(CaseInput input) {
        if (input.phase() == CasePhase.CLOSED && (input.closedReason() == null || input.closedReason().isBlank())) {
            throw ApiProblem.invalid("closedReason", "is required to close a case");
        }
        for (int i = 0; i < input.members().size(); i++) {
            MemberInput member = input.members().get(i);
            if (member.nationality() != null && !COUNTRIES.contains(member.nationality())) {
                throw ApiProblem.invalid("members[" + i + "].nationality", "must be an ISO 3166-1 alpha-2 code");
            }
            Languages.requireIsoCodes("members[" + i + "].languages",
                    member.languages().stream().map(CaseInput.LanguageInput::code).toList());
        }
    }

    private static HouseholdMember member(CaseFile caseFile, int position, MemberInput input) {
        HouseholdMember member = new HouseholdMember();
        member.id = UUID.randomUUID();
        member.caseFile = caseFile;
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
        return member;
    }

    private static MunicipalityReplica municipality(CaseInput input) {
        MunicipalityReplica municipality = MunicipalityReplica.findById(input.municipalityId());
        if (municipality == null || municipality.deleted) {
            throw ApiProblem.invalid("municipalityId", "no such municipality");
        }
        return municipality;
    }

    /** Another sub-region's case is not found, exactly like a case that does not exist. */
    CaseFile find(UUID id) {
        CaseFile caseFile = CaseFile.findById(id);
        if (caseFile == null || !caseFile.subregion.equals(access.subregion())) {
            throw ApiProblem.notFound("No case with this id.");
        }
        return caseFile;
    }

    static CaseState toState(CaseFile c) {
        List<CaseState.Member> members = c.members.stream()
                .map(m -> new CaseState.Member(m.id, m.firstName, m.lastName, m.birthDate, m.gender, m.nationality,
                        m.languages, m.residenceStatus, m.residenceValidUntil, m.arrivalDate))
                .toList();
        List<CaseState.Participation> participations = c.participations.stream()
                .map(p -> new CaseState.Participation(p.id, p.authority, p.contact, p.fileReference, p.since,
                        p.until))
                .toList();
        List<CaseState.Consent> consents = c.consents.stream()
                .map(k -> new CaseState.Consent(k.id, k.recipientKind.name(), k.recipient, k.categories, k.purpose,
                        k.legalBasis.name(), k.justification, k.documentReference, k.grantedOn, k.validUntil,
                        k.revokedAt))
                .toList();
        return new CaseState(c.id, c.number, c.subregion, c.municipalityId, c.quarterId, c.phase.name(),
                c.closedReason, c.caseManager, c.priority.name(), c.nextReview, c.openedAt, members, participations,
                consents);
    }
}
