package de.kim.cases.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.common.NativeRows;
import de.kim.platform.events.contract.cases.CaseState;

/** Who changed what when: one entry per case version, written in the transaction of the change. */
@ApplicationScoped
public class CaseHistory {

    private static final TypeReference<List<String>> PATHS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    CaseHistory(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** An entry of the history. */
    public record Entry(long version, OffsetDateTime at, String actor, String action, List<String> changes) {
    }

    @Transactional(TxType.MANDATORY)
    public void record(CaseState before, CaseState after, long version, String actor, String action) {
        List<String> changes = before == null
                ? List.of()
                : StateDiff.paths(json.valueToTree(before), json.valueToTree(after));
        entityManager.createNativeQuery("""
                insert into case_history (case_id, version, at, actor, action, changes)
                values (?1, ?2, now(), ?3, ?4, cast(?5 as jsonb))
                """).setParameter(1, after.id()).setParameter(2, version).setParameter(3, actor)
                .setParameter(4, action).setParameter(5, toJson(changes)).executeUpdate();
    }

    /** Newest first. */
    @Transactional(TxType.MANDATORY)
    public List<Entry> of(UUID caseId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select version, at, actor, action, changes::text from case_history
                 where case_id = ?1 order by version desc limit ?2 offset ?3
                """, Object[].class).setParameter(1, caseId).setParameter(2, size).setParameter(3, page * size)
                .getResultList();
        return rows.stream().map(this::entry).toList();
    }

    private Entry entry(Object[] row) {
        try {
            return new Entry(((Number) row[0]).longValue(), NativeRows.moment(row[1]), (String) row[2], (String) row[3],
                    json.readValue((String) row[4], PATHS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history row is not JSON", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history cannot be written", e);
        }
    }
}
