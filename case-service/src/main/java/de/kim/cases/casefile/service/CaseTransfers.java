package de.kim.cases.casefile.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.api.TransferInput;
import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CasePhase;
import de.kim.cases.common.Now;
import de.kim.cases.reference.domain.MunicipalityReplica;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.problem.ApiProblem;

/**
 * Hands a case over to another case manager or sub-region. The sending side asks; the receiving side (the named case
 * manager, or a coordinator of the receiving sub-region) accepts or rejects. Until then nothing changes hands; on
 * acceptance into another sub-region the old one loses access at once.
 */
@ApplicationScoped
public class CaseTransfers {

    private final CaseService cases;
    private final CaseAccess access;
    private final AuditLog audit;

    CaseTransfers(CaseService cases, CaseAccess access, AuditLog audit) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    /** A hand-over waiting for the caller, without the household's personal data. */
    public record IncomingTransfer(UUID caseId, String number, String fromSubregion, String fromCaseManager,
            CaseState.Transfer transfer, long version) {
    }

    @Transactional
    public Versioned<CaseState> request(UUID caseId, long expectedVersion, TransferInput input) {
        CaseChange change = cases.begin(caseId, expectedVersion, "TRANSFER_REQUESTED");
        CaseFile caseFile = change.caseFile();
        if (caseFile.transferRequestedAt != null) {
            throw ApiProblem.conflict("A transfer of this case is pending already; withdraw it first.");
        }
        if (caseFile.phase == CasePhase.CLOSED) {
            throw ApiProblem.conflict("A closed case is not handed over.");
        }
        String toSubregion = caseFile.subregion;
        if (input.toMunicipalityId() != null) {
            MunicipalityReplica municipality = CaseService.municipality(input.toMunicipalityId());
            toSubregion = municipality.subregion;
        }
        boolean sameHands = toSubregion.equals(caseFile.subregion)
                && (input.toCaseManager() == null || input.toCaseManager().equals(caseFile.caseManager));
        if (sameHands) {
            throw ApiProblem.invalid("toCaseManager", "transfer-target",
                    "name another case manager or a municipality of another"
                            + " sub-region; a move within the sub-region is a change of the case");
        }
        caseFile.transferToSubregion = toSubregion;
        caseFile.transferToMunicipalityId = input.toMunicipalityId();
        caseFile.transferToCaseManager = input.toCaseManager();
        caseFile.transferReason = input.reason();
        caseFile.transferRequestedBy = access.subject();
        caseFile.transferRequestedAt = Now.utc();
        return cases.commit(change);
    }

    @Transactional
    public Versioned<CaseState> withdraw(UUID caseId, long expectedVersion) {
        CaseChange change = cases.begin(caseId, expectedVersion, "TRANSFER_WITHDRAWN");
        requirePending(change.caseFile());
        clear(change.caseFile());
        return cases.commit(change);
    }

    @Transactional
    public List<IncomingTransfer> incoming() {
        List<CaseFile> pending = CaseFile.list("transferToSubregion = ?1 order by transferRequestedAt",
                access.subregion());
        List<IncomingTransfer> mine = pending.stream().filter(this::receivedByCaller)
                .map(c -> new IncomingTransfer(c.id, c.number, c.subregion, c.caseManager,
                        CaseStates.transfer(c), c.version))
                .toList();
        audit.recordReads("TRANSFER_LISTED", mine.stream().map(IncomingTransfer::caseId).toList());
        return mine;
    }

    /** The receiving side takes the case over: sub-region, municipality and case manager change hands. */
    @Transactional
    public Versioned<CaseState> accept(UUID caseId, long expectedVersion) {
        CaseFile caseFile = receivable(caseId);
        CaseChange change = cases.begin(caseFile, expectedVersion, "TRANSFER_ACCEPTED", access.subject());
        if (caseFile.transferToMunicipalityId != null
                && !caseFile.transferToMunicipalityId.equals(caseFile.municipalityId)) {
            MunicipalityReplica municipality = MunicipalityReplica.findById(caseFile.transferToMunicipalityId);
            if (municipality == null || municipality.deleted
                    || !municipality.subregion.equals(caseFile.transferToSubregion)) {
                throw ApiProblem.conflict("The municipality was removed or moved to another sub-region since the"
                        + " transfer was requested; the sending side must ask again.");
            }
            caseFile.municipalityId = municipality.id;
            // Quarters and accommodations belong to the old municipality.
            caseFile.quarterId = null;
            caseFile.accommodationId = null;
        }
        caseFile.subregion = caseFile.transferToSubregion;
        caseFile.caseManager = caseFile.transferToCaseManager == null
                ? access.subject()
                : caseFile.transferToCaseManager;
        clear(caseFile);
        return cases.commit(change);
    }

    @Transactional
    public void reject(UUID caseId, long expectedVersion) {
        CaseFile caseFile = receivable(caseId);
        CaseChange change = cases.begin(caseFile, expectedVersion, "TRANSFER_REJECTED", access.subject());
        clear(caseFile);
        cases.commit(change);
    }

    /** A case handed over to the caller; for anyone else it does not exist. */
    private CaseFile receivable(UUID caseId) {
        CaseFile caseFile = CaseFile.findById(caseId);
        if (caseFile == null || caseFile.transferRequestedAt == null || !receivedByCaller(caseFile)) {
            throw ApiProblem.notFound("No transfer of this case to you.");
        }
        return caseFile;
    }

    private boolean receivedByCaller(CaseFile caseFile) {
        if (!access.subregion().equals(caseFile.transferToSubregion)) {
            return false;
        }
        String named = caseFile.transferToCaseManager;
        return named == null || named.equals(access.subject()) || access.isCoordinator();
    }

    private static void requirePending(CaseFile caseFile) {
        if (caseFile.transferRequestedAt == null) {
            throw ApiProblem.conflict("No transfer of this case is pending.");
        }
    }

    private static void clear(CaseFile caseFile) {
        caseFile.transferToSubregion = null;
        caseFile.transferToMunicipalityId = null;
        caseFile.transferToCaseManager = null;
        caseFile.transferReason = null;
        caseFile.transferRequestedBy = null;
        caseFile.transferRequestedAt = null;
    }
}
