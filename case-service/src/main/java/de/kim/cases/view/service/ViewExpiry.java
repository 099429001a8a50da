package de.kim.cases.view.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

import de.kim.cases.common.Now;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * Consents and participations end (or begin) with the date, not with an event. This re-applies, each time it runs, the
 * last state of every case whose entitlements change by today, so an expired consent leaves the view without anyone
 * touching the case.
 */
@ApplicationScoped
public class ViewExpiry {

    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final AuthorityViews views;
    private final ObjectMapper json;

    ViewExpiry(EntityManager entityManager, AuthorityViews views, ObjectMapper json) {
        this.entityManager = entityManager;
        this.views = views;
        this.json = json;
    }

    @Scheduled(every = "${kim.views.expiry-check:10m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (applyDue(Now.today()) == BATCH) {
            // more are due: go on with the next batch, each in its own transaction
        }
    }

    /**
     * @return how many cases were re-applied (at most one batch; several instances share the work)
     */
    @Transactional
    public int applyDue(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                select case_id, version, state::text from authority_view_source
                 where next_change <= ?1 and state is not null
                 order by next_change limit ?2 for update skip locked
                """, Object[].class).setParameter(1, day).setParameter(2, BATCH).getResultList();
        for (Object[] row : due) {
            views.reapply(state((UUID) row[0], (String) row[2]), ((Number) row[1]).longValue(), day);
        }
        return due.size();
    }

    private CaseState state(UUID caseId, String text) {
        try {
            return json.readValue(text, CaseState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored state of case " + caseId + " is unreadable", e);
        }
    }
}
