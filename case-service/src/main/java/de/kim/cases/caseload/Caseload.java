package de.kim.cases.caseload;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.service.CaseAccess;
import de.kim.cases.common.NativeRows;

/**
 * A sub-region's caseload for its coordinators: how many open cases each case manager has in which phase, and the
 * cases being handed over. Counted in the database; no household data is read for it.
 */
@ApplicationScoped
public class Caseload {

    private final EntityManager entityManager;
    private final CaseAccess access;
    private final AuditLog audit;

    Caseload(EntityManager entityManager, CaseAccess access, AuditLog audit) {
        this.entityManager = entityManager;
        this.access = access;
        this.audit = audit;
    }

    /**
     * @param open
     *            open cases of the sub-region
     * @param byCaseManager
     *            per case manager (subject) the open cases by phase, most first
     * @param transfers
     *            cases of the sub-region waiting to be handed over
     */
    @Schema(name = "CaseloadSummary")
    public record Summary(long open, List<Load> byCaseManager, List<PendingTransfer> transfers) {
    }

    @Schema(name = "CaseManagerLoad")
    public record Load(String caseManager, long open, Map<String, Long> phases) {
    }

    /**
     * @param toCaseManager
     *            subject of the named receiver, or null for anyone of the receiving sub-region
     */
    @Schema(name = "PendingTransfer")
    public record PendingTransfer(UUID caseId, String number, String caseManager, String toSubregion,
            String toCaseManager, OffsetDateTime requestedAt) {
    }

    @Transactional
    public Summary of() {
        @SuppressWarnings("unchecked")
        List<Object[]> counts = entityManager.createNativeQuery("""
                select case_manager, phase, count(*) from case_file
                 where subregion = ?1 and phase <> 'CLOSED' group by case_manager, phase
                """, Object[].class).setParameter(1, access.subregion()).getResultList();
        Map<String, Map<String, Long>> byManager = new LinkedHashMap<>();
        long open = 0;
        for (Object[] row : counts) {
            long count = ((Number) row[2]).longValue();
            byManager.computeIfAbsent((String) row[0], subject -> new LinkedHashMap<>()).put((String) row[1], count);
            open += count;
        }
        List<Load> loads = new ArrayList<>();
        byManager.forEach((subject, phases) -> loads
                .add(new Load(subject, phases.values().stream().mapToLong(Long::longValue).sum(), phases)));
        loads.sort((a, b) -> Long.compare(b.open(), a.open()));
        return new Summary(open, loads, transfers());
    }

    private List<PendingTransfer> transfers() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, number, case_manager, transfer_to_subregion, transfer_to_case_manager,
                       transfer_requested_at
                  from case_file where subregion = ?1 and transfer_requested_at is not null
                 order by transfer_requested_at
                """, Object[].class).setParameter(1, access.subregion()).getResultList();
        List<PendingTransfer> transfers = rows.stream().map(row -> new PendingTransfer((UUID) row[0],
                (String) row[1], (String) row[2], (String) row[3], (String) row[4], NativeRows.moment(row[5])))
                .toList();
        audit.recordReads("CASELOAD_READ", transfers.stream().map(PendingTransfer::caseId).toList());
        return transfers;
    }
}
