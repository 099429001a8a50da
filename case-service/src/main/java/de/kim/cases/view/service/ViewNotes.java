package de.kim.cases.view.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.views.ViewCase;
import de.kim.platform.vocabulary.DataCategory;

/**
 * The notes of the cases in the views. Those others than their writer's side may read arrive as records of their own
 * on kim.cases.v1 and are kept here one row each, beside the case, so a view entry does not grow with a case's history.
 * Notes only one authority may read — kept to itself, or the Jugendamt's confided and not released (§ 65 SGB VIII) —
 * never go on a topic: they are added from the case's own table when the authority reads its view, so they are always
 * as current as the case and a rebuild cannot lose them. Agency systems that follow their view topic get them from the
 * REST view.
 */
@ApplicationScoped
class ViewNotes {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    ViewNotes(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * Keeps the note as written or released in {@code version}, unless a newer record of it is kept or the case was
     * anonymised since.
     *
     * @return whether the note is new or changed
     */
    @Transactional(TxType.MANDATORY)
    boolean store(UUID caseId, CaseState.Note note, long version) {
        return entityManager.createNativeQuery("""
                insert into authority_view_note (case_id, note_id, version, note)
                select ?1, ?2, ?3, cast(?4 as jsonb)
                 where not exists (select 1 from authority_view_source
                                    where case_id = ?1 and state is null and version >= ?3)
                on conflict (case_id, note_id) do update set version = excluded.version, note = excluded.note
                 where authority_view_note.version < excluded.version
                """).setParameter(1, caseId).setParameter(2, note.id()).setParameter(3, version)
                .setParameter(4, toJson(note)).executeUpdate() > 0;
    }

    @Transactional(TxType.MANDATORY)
    void forgetAll(UUID caseId) {
        entityManager.createNativeQuery("delete from authority_view_note where case_id = ?1").setParameter(1, caseId)
                .executeUpdate();
    }

    /** The notes of the case the views keep: those others than their writer's side may read. */
    List<CaseState.Note> shared(UUID caseId) {
        return shared(List.of(caseId)).getOrDefault(caseId, List.of());
    }

    /** The entries with every note the authority may read of them, in the order of the case: by time, then id. */
    List<ViewCase> addTo(String authority, List<ViewCase> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        List<UUID> caseIds = entries.stream().map(ViewCase::caseId).toList();
        Map<UUID, List<CaseState.Note>> shared = shared(caseIds);
        Map<UUID, List<CaseState.Note>> own = ownOnly(authority, caseIds);
        return entries.stream().map(entry -> {
            Set<DataCategory> categories = Set.copyOf(entry.categories());
            List<CaseState.Note> notes = new ArrayList<>(own.getOrDefault(entry.caseId(), List.of()));
            shared.getOrDefault(entry.caseId(), List.of()).stream()
                    .filter(note -> ViewFilter.noteVisible(note, authority, categories)).forEach(notes::add);
            return with(entry, notes);
        }).toList();
    }

    /** The notes the views keep of each of the cases. */
    Map<UUID, List<CaseState.Note>> shared(List<UUID> caseIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select case_id, note::text from authority_view_note where case_id = any(cast(?1 as uuid[]))",
                Object[].class).setParameter(1, caseIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, List<CaseState.Note>> byCase = new HashMap<>();
        for (Object[] row : rows) {
            byCase.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(note((String) row[1]));
        }
        return byCase;
    }

    /** The authority's notes no topic carries (see the class comment), from the case's own table. */
    private static Map<UUID, List<CaseState.Note>> ownOnly(String authority, List<UUID> caseIds) {
        List<CaseNote> written = CaseNote.list("caseFile.id in ?1 and authorAuthority = ?2", caseIds, authority);
        Map<UUID, List<CaseState.Note>> byCase = new HashMap<>();
        for (CaseNote row : written) {
            CaseState.Note note = CaseStates.note(row);
            if (!CaseStates.sharedBeyondItsWriter(note) && ViewFilter.noteVisible(note, authority, Set.of())) {
                byCase.computeIfAbsent(row.caseFile.id, id -> new ArrayList<>()).add(note);
            }
        }
        return byCase;
    }

    private ViewCase with(ViewCase entry, List<CaseState.Note> notes) {
        Map<String, Object> data = new LinkedHashMap<>(entry.data());
        data.put("notes", notes.stream()
                .sorted(Comparator.comparing((CaseState.Note note) -> note.writtenAt().toInstant())
                        .thenComparing(CaseState.Note::id))
                .map(note -> json.convertValue(note, AS_MAP)).toList());
        return new ViewCase(entry.caseId(), entry.caseVersion(), entry.categories(), data, entry.contact());
    }

    private CaseState.Note note(String text) {
        try {
            return json.readValue(text, CaseState.Note.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view note is not JSON", e);
        }
    }

    private String toJson(CaseState.Note note) {
        try {
            return json.writeValueAsString(note);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view note cannot be written", e);
        }
    }
}
