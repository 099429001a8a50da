package de.kim.cases.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.security.identity.SecurityIdentity;

import de.kim.cases.common.NativeRows;
import de.kim.platform.api.Page;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.database.TransactionSql;
import de.kim.platform.security.Claims;

/**
 * Every read and write of a case's personal data: who, on behalf of which authority, which case, what, when and why
 * (the purpose). Written in the transaction that reads or writes, so no access goes unrecorded; holds no personal data
 * itself. Append-only: the database refuses to update or delete an entry (V10).
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager entityManager;
    private final TransactionSql sql;
    private final SecurityIdentity identity;

    AuditLog(EntityManager entityManager, TransactionSql sql, SecurityIdentity identity) {
        this.entityManager = entityManager;
        this.sql = sql;
        this.identity = identity;
    }

    /**
     * An entry; {@code actingAuthority} is null for the KIM case management. A read of one case names it in
     * {@code caseId}; a list call names the cases it showed in {@code casesRead}.
     */
    public record AuditEntry(long id, OffsetDateTime at, String actor, String actingAuthority, UUID caseId,
            @Schema(description = "The cases a list call showed (worklist, search, view page); absent for an entry about one case") List<UUID> casesRead,
            String action, AccessPurpose purpose) {

        /** The entry as it concerns one case: a list call's other cases are none of that case's business. */
        public AuditEntry about(UUID kase) {
            return new AuditEntry(id, at, actor, actingAuthority, kase, null, action, purpose);
        }
    }

    /** The caller read or changed a case. */
    @Transactional(TxType.MANDATORY)
    public void record(String action, UUID caseId) {
        String authority = Claims.of(identity, Claims.AUTHORITY);
        recordFor(Claims.subject(identity), authority, purposeOf(authority), action, caseId);
    }

    /** The caller read several cases at once (a list, a worklist, a view page): one entry naming them all. */
    @Transactional(TxType.MANDATORY)
    public void recordReads(String action, Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return;
        }
        String authority = Claims.of(identity, Claims.AUTHORITY);
        sql.update("""
                insert into audit_event (at, actor, acting_authority, case_ids, action, purpose)
                values (now(), ?, ?, ?, ?, ?)
                """, Claims.subject(identity), authority, caseIds.toArray(UUID[]::new), action,
                purposeOf(authority).name());
    }

    /** A change made by a service on an event, or on behalf of someone named explicitly. */
    @Transactional(TxType.MANDATORY)
    public void recordFor(String actor, String actingAuthority, AccessPurpose purpose, String action, UUID caseId) {
        sql.update("""
                insert into audit_event (at, actor, acting_authority, case_id, action, purpose)
                values (now(), ?, ?, ?, ?, ?)
                """, actor, actingAuthority, caseId, action, purpose.name());
    }

    private static List<UUID> casesRead(String commaSeparated) {
        return commaSeparated == null
                ? null
                : Arrays.stream(commaSeparated.split(",")).map(UUID::fromString).toList();
    }

    /** Authorities see a case only through their consent-based view; everyone else here is the case management. */
    private static AccessPurpose purposeOf(String actingAuthority) {
        return actingAuthority == null ? AccessPurpose.CASE_MANAGEMENT : AccessPurpose.AUTHORITY_VIEW;
    }

    /** Newest first; every filter optional. */
    @Transactional
    public Page<AuditEntry> query(UUID caseId, UUID personId, String actor, OffsetDateTime from, OffsetDateTime to,
            int page, int size) {
        QueryFilter filter = new QueryFilter()
                .and("(case_id = :caseId or case_ids @> array[cast(:caseId as uuid)])", "caseId", caseId)
                .and("""
                        (case_id in (select case_id from household_member where id = :personId)
                         or case_ids && array(select case_id from household_member where id = :personId))""",
                        "personId", personId)
                .and("actor = :actor", "actor", actor).and("at >= :from", "from", from).and("at < :to", "to", to);
        String where = filter.query().isEmpty() ? "" : " where " + filter.query();
        var select = entityManager.createNativeQuery(
                "select id, at, actor, acting_authority, case_id, array_to_string(case_ids, ','), action, purpose"
                        + " from audit_event" + where
                        + " order by at desc, id desc limit :limit offset :offset",
                Object[].class);
        var count = entityManager.createNativeQuery("select count(*) from audit_event" + where, Long.class);
        filter.parameters().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setParameter("limit", size).setParameter("offset", page * size).getResultList();
        List<AuditEntry> items = rows.stream()
                .map(r -> new AuditEntry(((Number) r[0]).longValue(), NativeRows.moment(r[1]), (String) r[2],
                        (String) r[3], (UUID) r[4], casesRead((String) r[5]), (String) r[6],
                        AccessPurpose.valueOf((String) r[7])))
                .toList();
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }
}
