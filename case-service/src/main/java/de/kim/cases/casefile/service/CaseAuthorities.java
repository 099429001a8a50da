package de.kim.cases.casefile.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.cases.casefile.api.ConsentInput;
import de.kim.cases.casefile.api.ParticipationInput;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.Consent;
import de.kim.cases.casefile.domain.Consent.LegalBasis;
import de.kim.cases.casefile.domain.Participation;
import de.kim.cases.common.Now;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.problem.ApiProblem;

/**
 * Which authorities take part in a case and what each may see. Every change is a change of the case
 * (its version and its published state), because the authority views are built from exactly that.
 */
@ApplicationScoped
public class CaseAuthorities {

    private final CaseService cases;

    CaseAuthorities(CaseService cases) {
        this.cases = cases;
    }

    @Transactional
    public Versioned<CaseState> addParticipation(UUID caseId, long expectedVersion, ParticipationInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "PARTICIPATION_ADDED");
        CaseFile caseFile = change.caseFile();
        boolean active = caseFile.participations.stream()
                .anyMatch(p -> p.authority.equals(input.authority()) && p.until == null);
        if (active) {
            throw ApiProblem.conflict("This authority takes part in the case already.");
        }
        Participation participation = new Participation();
        participation.id = UUID.randomUUID();
        participation.caseFile = caseFile;
        participation.authority = input.authority();
        participation.contact = input.contact();
        participation.fileReference = input.fileReference();
        participation.since = input.since();
        caseFile.participations.add(participation);
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> endParticipation(UUID caseId, UUID participationId, long expectedVersion,
            LocalDate until) {
        CaseChange change = cases.begin(caseId, expectedVersion, "PARTICIPATION_ENDED");
        CaseFile caseFile = change.caseFile();
        Participation participation = caseFile.participations.stream().filter(p -> p.id.equals(participationId))
                .findFirst().orElseThrow(() -> ApiProblem.notFound("No such participation in this case."));
        if (until == null || until.isBefore(participation.since)) {
            throw ApiProblem.invalid("until", "not-before", "must be given and not before the participation began");
        }
        participation.until = until;
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> grant(UUID caseId, long expectedVersion, ConsentInput input) {
        if (input.legalBasis() == LegalBasis.CONSENT && isBlank(input.documentReference())) {
            throw ApiProblem.invalid("documentReference", "required", "a consent needs the written form (§ 67b SGB X)");
        }
        if (input.legalBasis() == LegalBasis.STATUTORY_69 && isBlank(input.justification())) {
            throw ApiProblem.invalid("justification", "required",
                    "a statutory basis (§ 69 SGB X) needs its justification");
        }
        if (input.validUntil() != null && input.validUntil().isBefore(input.grantedOn())) {
            throw ApiProblem.invalid("validUntil", "not-before", "must not be before grantedOn");
        }
        CaseChange change = cases.begin(caseId, expectedVersion, "CONSENT_GRANTED");
        CaseFile caseFile = change.caseFile();
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.caseFile = caseFile;
        consent.recipientKind = input.recipientKind();
        consent.recipient = input.recipient();
        consent.categories = input.categories().stream().distinct().sorted().toList();
        consent.purpose = input.purpose();
        consent.legalBasis = input.legalBasis();
        consent.justification = input.justification();
        consent.documentReference = input.documentReference();
        consent.grantedOn = input.grantedOn();
        consent.validUntil = input.validUntil();
        caseFile.consents.add(consent);
        return cases.commit(change);
    }

    /** Revoking keeps the record (who may have seen what, until when) and ends what it allowed. */
    @Transactional
    public Versioned<CaseState> revoke(UUID caseId, UUID consentId, long expectedVersion) {
        CaseChange change = cases.begin(caseId, expectedVersion, "CONSENT_REVOKED");
        CaseFile caseFile = change.caseFile();
        Consent consent = caseFile.consents.stream().filter(c -> c.id.equals(consentId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No such consent in this case."));
        if (consent.revokedAt != null) {
            throw ApiProblem.conflict("The consent is revoked already.");
        }
        consent.revokedAt = Now.utc();
        return cases.commit(change);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
