package de.kim.cases.view.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.vocabulary.DataCategory;

/**
 * Keeps every authority's view of every case in line with the latest case state: entitled
 * authorities get exactly their categories, all others lose the case. Older states are ignored.
 */
@ApplicationScoped
public class AuthorityViews {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final EntityManager entityManager;
    private final ObjectMapper json;

    AuthorityViews(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional(TxType.MANDATORY)
    public void apply(CaseState state, long version) {
        int newer = entityManager.createNativeQuery("""
                insert into authority_view_source (case_id, version) values (?1, ?2)
                on conflict (case_id) do update set version = excluded.version
                 where authority_view_source.version < excluded.version
                """).setParameter(1, state.id()).setParameter(2, version).executeUpdate();
        if (newer == 0) {
            return;
        }
        Map<String, Set<DataCategory>> entitled = ViewFilter.entitlements(state, LocalDate.now(BERLIN));
        List<String> keep = new ArrayList<>(entitled.keySet());
        keep.add(""); // an empty list would make "not in ()" invalid SQL
        entityManager.createNativeQuery("delete from authority_view_case where case_id = ?1 and authority not in (?2)")
                .setParameter(1, state.id()).setParameter(2, keep).executeUpdate();
        for (Map.Entry<String, Set<DataCategory>> entry : entitled.entrySet()) {
            entityManager.createNativeQuery("""
                    insert into authority_view_case (authority, case_id, case_version, number, categories, data)
                    values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb))
                    on conflict (authority, case_id) do update
                       set case_version = excluded.case_version, number = excluded.number,
                           categories = excluded.categories, data = excluded.data
                    """)
                    .setParameter(1, entry.getKey())
                    .setParameter(2, state.id())
                    .setParameter(3, version)
                    .setParameter(4, state.number())
                    .setParameter(5, toJson(entry.getValue().stream().sorted().toList()))
                    .setParameter(6, toJson(ViewFilter.data(state, entry.getKey(), entry.getValue())))
                    .executeUpdate();
        }
    }

    @Transactional
    public List<ViewEntry> list(String authority, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select case_id, case_version, categories::text, data::text from authority_view_case
                 where authority = ?1 order by number limit ?2 offset ?3
                """, Object[].class).setParameter(1, authority).setParameter(2, size).setParameter(3, page * size)
                .getResultList();
        return rows.stream().map(this::entry).toList();
    }

    @Transactional
    public ViewEntry get(String authority, UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select case_id, case_version, categories::text, data::text from authority_view_case
                 where authority = ?1 and case_id = ?2
                """, Object[].class).setParameter(1, authority).setParameter(2, caseId).getResultList();
        return rows.isEmpty() ? null : entry(rows.get(0));
    }

    /** A case as one authority sees it. */
    public record ViewEntry(UUID caseId, long caseVersion, Object categories, Object data) {
    }

    private ViewEntry entry(Object[] row) {
        try {
            return new ViewEntry((UUID) row[0], ((Number) row[1]).longValue(), json.readTree((String) row[2]),
                    json.readTree((String) row[3]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view row is not JSON", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view data cannot be written", e);
        }
    }
}
