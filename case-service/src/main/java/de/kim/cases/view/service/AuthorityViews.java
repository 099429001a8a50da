package de.kim.cases.view.service;

import static java.util.stream.Collectors.toSet;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.audit.AuditLog;
import de.kim.cases.casefile.service.CaseStates;
import de.kim.cases.common.Now;
import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.views.ViewCase;
import de.kim.platform.events.contract.views.ViewEvents;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.vocabulary.DataCategory;

/**
 * Keeps every authority's view of every case in line with the latest case state: entitled authorities get exactly
 * their categories, all others lose the case. Older states are ignored. Each change of a view is also published on
 * that authority's topic ({@code kim.view.{authority}.v1}), so agency systems can follow it without polling.
 */
@ApplicationScoped
public class AuthorityViews {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ViewNotes notes;

    AuthorityViews(EntityManager entityManager, ObjectMapper json, Outbox outbox, AuditLog audit, ViewNotes notes) {
        this.entityManager = entityManager;
        this.json = json;
        this.outbox = outbox;
        this.audit = audit;
        this.notes = notes;
    }

    /** Applies a case state if it is newer than the one the views have. */
    @Transactional(TxType.MANDATORY)
    public void apply(CaseState state, long version) {
        apply(state, version, true);
    }

    /**
     * @param publish
     *            false while rebuilding: the rebuild publishes the differences once it is done
     */
    @Transactional(TxType.MANDATORY)
    void apply(CaseState published, long version, boolean publish) {
        // Published before notes became records of their own: a rebuild from an older topic still meets them.
        for (CaseState.Note note : published.notes()) {
            applyNote(published.id(), note, version, publish);
        }
        CaseState state = published.notes().isEmpty() ? published : CaseStates.withNotes(published, List.of());
        LocalDate today = Now.today();
        int newer = entityManager.createNativeQuery("""
                insert into authority_view_source (case_id, version, state, next_change)
                values (?1, ?2, cast(?3 as jsonb), ?4)
                on conflict (case_id) do update
                   set version = excluded.version, state = excluded.state, next_change = excluded.next_change
                 where authority_view_source.version < excluded.version
                """).setParameter(1, state.id()).setParameter(2, version).setParameter(3, toJson(state))
                .setParameter(4, ViewFilter.nextChange(state, today)).executeUpdate();
        if (newer > 0) {
            refresh(state, version, today, publish);
        }
    }

    /**
     * A note others than its writer's side may read, written or released in {@code version}: kept beside the case and
     * published to each authority whose view shows the case and may read the note. Touches no other note.
     */
    @Transactional(TxType.MANDATORY)
    public void applyNote(UUID caseId, CaseState.Note note, long version, boolean publish) {
        if (!notes.store(caseId, note, version) || !publish) {
            return;
        }
        shownCategories(caseId).forEach((authority, categories) -> {
            if (ViewFilter.noteVisible(note, authority, categories)) {
                outbox.appendPart(ViewEvents.caseNote(authority), caseId.toString(),
                        CaseEvents.noteKey(caseId, note.id()), nextEventVersion(), note);
            }
        });
    }

    /**
     * The case was anonymised (a tombstone): it leaves every view, and its last state goes, so nothing can bring it
     * back; the version stays, so a late state of it is ignored.
     *
     * @param publish
     *            false while rebuilding, as for {@link #apply(CaseState, long, boolean)}
     */
    @Transactional(TxType.MANDATORY)
    public void forget(UUID caseId, long version, boolean publish) {
        int newer = entityManager.createNativeQuery("""
                insert into authority_view_source (case_id, version, state, next_change) values (?1, ?2, null, null)
                on conflict (case_id) do update set version = excluded.version, state = null, next_change = null
                 where authority_view_source.version < excluded.version
                """).setParameter(1, caseId).setParameter(2, version).executeUpdate();
        if (newer == 0) {
            return;
        }
        shownCategories(caseId).forEach((authority, categories) -> {
            entityManager.createNativeQuery("delete from authority_view_case where authority = ?1 and case_id = ?2")
                    .setParameter(1, authority).setParameter(2, caseId).executeUpdate();
            if (publish) {
                publishNoteChanges(authority, caseId, categories, null);
                outbox.appendTombstone(ViewEvents.caseView(authority), caseId.toString(), nextEventVersion());
            }
        });
        notes.forgetAll(caseId);
    }

    /**
     * Re-applies the state the views last applied, for the day given: consents and participations that began or ended
     * with the date change the views without any event.
     */
    @Transactional(TxType.MANDATORY)
    void reapply(CaseState state, long version, LocalDate day) {
        entityManager.createNativeQuery("update authority_view_source set next_change = ?2 where case_id = ?1")
                .setParameter(1, state.id()).setParameter(2, ViewFilter.nextChange(state, day)).executeUpdate();
        refresh(state, version, day, true);
    }

    private void refresh(CaseState state, long version, LocalDate day, boolean publish) {
        Map<String, Set<DataCategory>> entitled = ViewFilter.entitlements(state, day);
        Map<String, JsonNode> shown = shownData(state.id());
        for (String authority : shown.keySet()) {
            if (!entitled.containsKey(authority)) {
                entityManager.createNativeQuery("delete from authority_view_case where authority = ?1 and case_id = ?2")
                        .setParameter(1, authority).setParameter(2, state.id()).executeUpdate();
                if (publish) {
                    publishNoteChanges(authority, state.id(), categoriesOf(shown.get(authority)), null);
                    outbox.appendTombstone(ViewEvents.caseView(authority), state.id().toString(), nextEventVersion());
                }
            }
        }
        for (Map.Entry<String, Set<DataCategory>> entry : entitled.entrySet()) {
            String authority = entry.getKey();
            ViewCase view = new ViewCase(state.id(), version, entry.getValue().stream().sorted().toList(),
                    ViewFilter.data(state, authority, entry.getValue()));
            JsonNode content = content(view);
            entityManager.createNativeQuery("""
                    insert into authority_view_case (authority, case_id, case_version, number, categories, data,
                                                     case_manager)
                    values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb), ?7)
                    on conflict (authority, case_id) do update
                       set case_version = excluded.case_version, number = excluded.number,
                           categories = excluded.categories, data = excluded.data,
                           case_manager = excluded.case_manager
                    """)
                    .setParameter(1, authority)
                    .setParameter(2, state.id())
                    .setParameter(3, version)
                    .setParameter(4, state.number())
                    .setParameter(5, toJson(view.categories()))
                    .setParameter(6, toJson(view.data()))
                    .setParameter(7, state.caseManager())
                    .executeUpdate();
            if (publish && !content.equals(shown.get(authority))) {
                outbox.append(ViewEvents.caseView(authority), state.id().toString(), nextEventVersion(), view);
            }
            Set<DataCategory> before = shown.containsKey(authority) ? categoriesOf(shown.get(authority)) : null;
            if (publish && !entry.getValue().equals(before)) {
                publishNoteChanges(authority, state.id(), before, entry.getValue());
            }
        }
    }

    /**
     * When what an authority may read of a case changes (it enters or leaves the view, its categories change), the
     * notes it may now read go on its topic and those it may no longer read leave it. Only then are the case's notes
     * read.
     *
     * @param before
     *            its categories before, null when the case was not in its view
     * @param after
     *            its categories now, null when the case leaves its view
     */
    private void publishNoteChanges(String authority, UUID caseId, Set<DataCategory> before,
            Set<DataCategory> after) {
        List<CaseState.Note> shared = notes.shared(caseId);
        Set<UUID> readBefore = before == null
                ? Set.of()
                : shared.stream().filter(note -> ViewFilter.noteVisible(note, authority, before))
                        .map(CaseState.Note::id).collect(toSet());
        List<CaseState.Note> readNow = after == null
                ? List.of()
                : shared.stream().filter(note -> ViewFilter.noteVisible(note, authority, after)).toList();
        Set<UUID> stillRead = new HashSet<>();
        for (CaseState.Note note : readNow) {
            stillRead.add(note.id());
            if (!readBefore.contains(note.id())) {
                outbox.appendPart(ViewEvents.caseNote(authority), caseId.toString(),
                        CaseEvents.noteKey(caseId, note.id()), nextEventVersion(), note);
            }
        }
        for (UUID gone : readBefore) {
            if (!stillRead.contains(gone)) {
                outbox.appendPartTombstone(ViewEvents.caseNote(authority), caseId.toString(),
                        CaseEvents.noteKey(caseId, gone), nextEventVersion());
            }
        }
    }

    /**
     * The categories each authority's view shows of the case now: all a note needs to know, so the entries' data is
     * not read (a note arrives with every change of a note).
     */
    private Map<String, Set<DataCategory>> shownCategories(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select authority, jsonb_build_object('categories', categories)::text
                  from authority_view_case where case_id = ?1
                """, Object[].class).setParameter(1, caseId).getResultList();
        Map<String, Set<DataCategory>> shown = new HashMap<>();
        for (Object[] row : rows) {
            shown.put((String) row[0], categoriesOf(readTree((String) row[1])));
        }
        return shown;
    }

    private static Set<DataCategory> categoriesOf(JsonNode content) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        content.path("categories").forEach(category -> categories.add(DataCategory.valueOf(category.asText())));
        return categories;
    }

    /**
     * The version of the next record on a view topic. Not the case version: a view also changes when a consent ends
     * with the date or a rebuild corrects it, and consumers ignore versions they have seen. Taken after the case's
     * rows are locked, so the versions of one entry grow in commit order.
     */
    long nextEventVersion() {
        return ((Number) entityManager.createNativeQuery("select nextval('view_event_version')").getSingleResult())
                .longValue();
    }

    /** What each authority's view shows of the case now: categories and data, as one JSON object. */
    private Map<String, JsonNode> shownData(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select authority, jsonb_build_object('categories', categories, 'data', data)::text
                  from authority_view_case where case_id = ?1
                """, Object[].class).setParameter(1, caseId).getResultList();
        Map<String, JsonNode> shown = new HashMap<>();
        for (Object[] row : rows) {
            shown.put((String) row[0], readTree((String) row[1]));
        }
        return shown;
    }

    /** The part of a view entry that an agency system would notice changing. */
    JsonNode content(ViewCase view) {
        return readTree(toJson(Map.of("categories", view.categories(), "data", view.data())));
    }

    @Transactional
    public List<ViewCase> list(String authority, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select v.case_id, v.case_version, v.categories::text, v.data::text, s.display_name, s.phone, s.email
                  from authority_view_case v left join lateral (
                       select display_name, phone, email from staff_replica
                        where subject = v.case_manager and not deleted order by id limit 1) s on true
                 where v.authority = ?1
                 order by v.listed_at desc, v.number limit ?2 offset ?3
                """, Object[].class).setParameter(1, authority).setParameter(2, size).setParameter(3, page * size)
                .getResultList();
        List<ViewCase> entries = rows.stream().map(this::entry).toList();
        audit.recordReads("VIEW_READ", entries.stream().map(ViewCase::caseId).toList());
        return notes.addTo(authority, entries);
    }

    @Transactional
    public ViewCase get(String authority, UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select v.case_id, v.case_version, v.categories::text, v.data::text, s.display_name, s.phone, s.email
                  from authority_view_case v left join lateral (
                       select display_name, phone, email from staff_replica
                        where subject = v.case_manager and not deleted order by id limit 1) s on true
                 where v.authority = ?1 and v.case_id = ?2
                """, Object[].class).setParameter(1, authority).setParameter(2, caseId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        audit.record("VIEW_READ", caseId);
        return notes.addTo(authority, List.of(entry(rows.get(0)))).get(0);
    }

    /**
     * A view entry from a row of case_id, case_version, categories::text, data::text and, when the query names whom to
     * call, the case manager's display_name, phone, email.
     */
    @SuppressWarnings("unchecked")
    ViewCase entry(Object[] row) {
        try {
            ViewCase.Contact contact = row.length > 4 && row[4] != null
                    ? new ViewCase.Contact((String) row[4], (String) row[5], (String) row[6])
                    : null;
            return new ViewCase((UUID) row[0], ((Number) row[1]).longValue(),
                    json.readValue((String) row[2], json.getTypeFactory().constructCollectionType(List.class,
                            DataCategory.class)),
                    json.readValue((String) row[3], Map.class), contact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view row is not JSON", e);
        }
    }

    JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view row is not JSON", e);
        }
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view data cannot be written", e);
        }
    }
}
