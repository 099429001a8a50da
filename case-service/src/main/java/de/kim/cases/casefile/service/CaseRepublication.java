package de.kim.cases.casefile.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import de.kim.cases.casefile.domain.CaseFile;
import de.kim.cases.casefile.domain.CaseNote;
import de.kim.cases.facts.CaseFactsPublisher;
import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.outbox.Outbox;

/**
 * Publishes the cases listed in case_republication once more, on start: their facts, which kim.case-facts.v1 did not
 * have before, and their state as it is published now (without notes, each note others may read as a record of its
 * own), at the version they have. Consumers ignore a state they have at that version; compaction then drops the case's
 * older records, which may still carry notes. In batches, resumable; instances starting together take different rows.
 */
@ApplicationScoped
public class CaseRepublication {

    private static final Logger LOG = Logger.getLogger(CaseRepublication.class);
    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final CaseFactsPublisher facts;
    private final NoteRecords notes;

    CaseRepublication(EntityManager entityManager, Outbox outbox, CaseFactsPublisher facts, NoteRecords notes) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.facts = facts;
        this.notes = notes;
    }

    void onStart(@Observes StartupEvent started) {
        int published = 0;
        for (int done = publishBatch(); done > 0; done = publishBatch()) {
            published += done;
        }
        if (published > 0) {
            LOG.infof("Republished %d cases (their facts, their states, their shared notes each on its own)",
                    published);
        }
    }

    @Transactional
    public int publishBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(
                "select case_id from case_republication order by case_id limit ?1 for update skip locked", UUID.class)
                .setParameter(1, BATCH).getResultList();
        for (UUID id : ids) {
            CaseFile caseFile = CaseFile.findById(id);
            var state = CaseStates.withoutNotes(caseFile);
            outbox.append(CaseEvents.CASE, id.toString(), caseFile.version, state);
            for (CaseNote note : caseFile.notes) {
                notes.publish(id, CaseStates.note(note), caseFile.version);
            }
            facts.changed(state, caseFile.version);
        }
        if (!ids.isEmpty()) {
            entityManager.createNativeQuery("delete from case_republication where case_id = any(?1)")
                    .setParameter(1, ids.toArray(UUID[]::new)).executeUpdate();
        }
        return ids.size();
    }
}
