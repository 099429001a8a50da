package de.kim.cases.view.service;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.contract.views.ViewCase;
import de.kim.platform.events.contract.views.ViewEvents;
import de.kim.platform.events.kafka.KafkaClients;
import de.kim.platform.events.kafka.TopicReplay;
import de.kim.platform.events.outbox.Outbox;

/**
 * Rebuilds all authority views from kim.cases.v1 alone, from its first offset to its end at the start. It runs in one
 * transaction: readers keep seeing the old views until the new ones are complete, the live projector waits and then
 * goes on with its version checks, and only what actually differs afterwards is published on the view topics.
 */
@ApplicationScoped
public class ViewRebuild {

    private static final Logger LOG = Logger.getLogger(ViewRebuild.class);

    /**
     * Which authority reads which note: ViewFilter.noteVisible for the notes the views keep (all of them readable
     * beyond their writer's side): the writer's own authority, or one whose categories cover the note's.
     */
    private static final String NOTES_READ = """
            select a.authority, n.case_id, n.note_id
              from authority_view_case a join authority_view_note n on n.case_id = a.case_id
             where n.note ->> 'authorAuthority' = a.authority
                or a.categories @> jsonb_build_array(n.note ->> 'category')
            """;

    private final EntityManager entityManager;
    private final AuthorityViews views;
    private final KafkaClients kafka;
    private final Outbox outbox;
    private final ObjectMapper json;

    ViewRebuild(EntityManager entityManager, AuthorityViews views, KafkaClients kafka, Outbox outbox,
            ObjectMapper json) {
        this.entityManager = entityManager;
        this.views = views;
        this.kafka = kafka;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * @param eventsRead
     *            records read from the topic
     * @param cases
     *            cases in the rebuilt views' source
     * @param entries
     *            view entries (authority × case) after the rebuild
     * @param changed
     *            entries that differ from before and were published
     * @param removed
     *            entries gone since before, published as tombstones
     */
    public record RebuildReport(long eventsRead, long cases, long entries, long changed, long removed,
            long millis) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        entityManager.createNativeQuery("""
                create temporary table view_before on commit drop as
                select authority, case_id, categories, data from authority_view_case
                """).executeUpdate();
        entityManager.createNativeQuery("create temporary table view_note_before on commit drop as " + NOTES_READ)
                .executeUpdate();
        entityManager.createNativeQuery("delete from authority_view_case").executeUpdate();
        entityManager.createNativeQuery("delete from authority_view_source").executeUpdate();
        entityManager.createNativeQuery("delete from authority_view_note").executeUpdate();
        long read = TopicReplay.replay(kafka, Topic.CASES, "case-service.view-rebuild", this::apply);
        long changed = publishChanged();
        try {
            publishNoteChanges();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view note is not JSON", e);
        }
        long removed = publishRemoved();
        long cases = count("select count(*) from authority_view_source where state is not null");
        long entries = count("select count(*) from authority_view_case");
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        LOG.infof("Authority views rebuilt from %d events: %d cases, %d entries, %d changed, %d removed, %d ms", read,
                cases, entries, changed, removed, millis);
        return new RebuildReport(read, cases, entries, changed, removed, millis);
    }

    private void apply(CloudEvent event) {
        if (CaseEvents.NOTE.type().equals(event.type())) {
            // A tombstone: the case's own came first and took the note with it.
            if (!event.isTombstone()) {
                views.applyNote(event.subjectId(), event.dataAs(CaseEvents.NOTE, json), event.aggregateVersion(),
                        false);
            }
            return;
        }
        if (!CaseEvents.CASE.type().equals(event.type())) {
            return;
        }
        if (event.isTombstone()) {
            // The case was anonymised after the states before it on the topic: they must not come back.
            views.forget(event.subjectId(), event.aggregateVersion(), false);
            return;
        }
        CaseState state = event.dataAs(CaseEvents.CASE, json);
        if (state.id() == null || state.participations() == null || state.consents() == null) {
            LOG.warnf("Rebuild skips incomplete case event %s", event.id());
            return;
        }
        views.apply(state, event.aggregateVersion(), false);
    }

    private long publishChanged() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select a.case_id, a.case_version, a.categories::text, a.data::text, a.authority
                  from authority_view_case a
                  left join view_before b on b.authority = a.authority and b.case_id = a.case_id
                 where b.case_id is null or b.categories <> a.categories or b.data <> a.data
                """, Object[].class).getResultList();
        for (Object[] row : rows) {
            ViewCase view = views.entry(row);
            outbox.append(ViewEvents.caseView((String) row[4]), view.caseId().toString(), views.nextEventVersion(),
                    view);
        }
        return rows.size();
    }

    /** The notes each authority reads now and did not before go on its topic; those it no longer reads leave it. */
    private void publishNoteChanges() throws JsonProcessingException {
        @SuppressWarnings("unchecked")
        List<Object[]> added = entityManager.createNativeQuery("""
                select now_read.authority, now_read.case_id, n.note::text
                  from (%s) now_read
                  join authority_view_note n on n.case_id = now_read.case_id and n.note_id = now_read.note_id
                 where not exists (select 1 from view_note_before b where b.authority = now_read.authority
                                      and b.case_id = now_read.case_id and b.note_id = now_read.note_id)
                """.formatted(NOTES_READ), Object[].class).getResultList();
        for (Object[] row : added) {
            UUID caseId = (UUID) row[1];
            CaseState.Note note = json.readValue((String) row[2], CaseState.Note.class);
            outbox.appendPart(ViewEvents.caseNote((String) row[0]), caseId.toString(),
                    CaseEvents.noteKey(caseId, note.id()), views.nextEventVersion(), note);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> gone = entityManager.createNativeQuery("""
                select b.authority, b.case_id, b.note_id from view_note_before b
                 where not exists (select 1 from (%s) now_read where now_read.authority = b.authority
                                      and now_read.case_id = b.case_id and now_read.note_id = b.note_id)
                """.formatted(NOTES_READ), Object[].class).getResultList();
        for (Object[] row : gone) {
            UUID caseId = (UUID) row[1];
            outbox.appendPartTombstone(ViewEvents.caseNote((String) row[0]), caseId.toString(),
                    CaseEvents.noteKey(caseId, (UUID) row[2]), views.nextEventVersion());
        }
    }

    private long publishRemoved() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select b.authority, b.case_id
                  from view_before b
                  left join authority_view_case a on a.authority = b.authority and a.case_id = b.case_id
                 where a.case_id is null
                """, Object[].class).getResultList();
        for (Object[] row : rows) {
            outbox.appendTombstone(ViewEvents.caseView((String) row[0]), row[1].toString(), views.nextEventVersion());
        }
        return rows.size();
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
