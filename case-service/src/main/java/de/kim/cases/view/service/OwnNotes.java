package de.kim.cases.view.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.views.ViewCase;

/**
 * Notes only one authority may read — kept to itself, or the Jugendamt's confided and not released (§ 65 SGB VIII) —
 * never go on a topic (CaseStates.published): the views built from kim.cases.v1 lack them, and they are added here, from the case's own
 * table, when the authority reads its view. So they are always as current as the case, and a rebuild of the views
 * cannot lose them. Agency systems that follow their view topic get them from the REST view.
 */
@ApplicationScoped
class OwnNotes {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    OwnNotes(ObjectMapper json) {
        this.json = json;
    }

    List<ViewCase> addTo(String authority, List<ViewCase> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        List<CaseNote> written = CaseNote.list("caseFile.id in ?1 and authorAuthority = ?2",
                entries.stream().map(ViewCase::caseId).toList(), authority);
        Map<UUID, List<Map<String, Object>>> byCase = new HashMap<>();
        for (CaseNote row : written) {
            CaseState.Note note = CaseStates.note(row);
            if (!CaseStates.sharedBeyondItsWriter(note) && ViewFilter.noteVisible(note, authority, Set.of())) {
                byCase.computeIfAbsent(row.caseFile.id, id -> new ArrayList<>()).add(json.convertValue(note, AS_MAP));
            }
        }
        return entries.stream()
                .map(entry -> byCase.containsKey(entry.caseId()) ? with(entry, byCase.get(entry.caseId())) : entry)
                .toList();
    }

    /** The entry with the notes added, all in the order of the case: by time written, then id. */
    @SuppressWarnings("unchecked")
    private static ViewCase with(ViewCase entry, List<Map<String, Object>> own) {
        Map<String, Object> data = new LinkedHashMap<>(entry.data());
        List<Map<String, Object>> notes = new ArrayList<>(
                (List<Map<String, Object>>) data.getOrDefault("notes", List.of()));
        // A view built from a case state published before such notes stayed off the topic may hold them already.
        Set<Object> shown = new HashSet<>(notes.stream().map(note -> note.get("id")).toList());
        own.stream().filter(note -> !shown.contains(note.get("id"))).forEach(notes::add);
        notes.sort(
                Comparator.comparing((Map<String, Object> note) -> OffsetDateTime.parse((String) note.get("writtenAt")))
                        .thenComparing(note -> UUID.fromString((String) note.get("id"))));
        data.put("notes", notes);
        return new ViewCase(entry.caseId(), entry.caseVersion(), entry.categories(), data, entry.contact());
    }
}
