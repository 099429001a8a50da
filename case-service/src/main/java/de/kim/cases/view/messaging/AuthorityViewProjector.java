package de.kim.cases.view.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.cases.view.service.AuthorityViews;
import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.cases.CaseEvents;
import de.kim.platform.events.contract.cases.CaseState;
import de.kim.platform.events.inbox.EventHandler;
import de.kim.platform.events.inbox.PoisonEventException;

/**
 * Builds the authority views from kim.cases.v1 only, as an agency system outside would: the case's states and its notes
 * (records of their own); the case's tombstone empties them.
 */
@ApplicationScoped
public class AuthorityViewProjector implements EventHandler {

    private final AuthorityViews views;
    private final ObjectMapper json;

    AuthorityViewProjector(AuthorityViews views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    @Override
    public String consumerName() {
        return "case-service.authority-views";
    }

    @Override
    public Topic topic() {
        return Topic.CASES;
    }

    /** A view shows the latest state; the states in between need not pass through it. */
    @Override
    public boolean needsOnlyTheLatestStatePerKey() {
        return true;
    }

    @Override
    public void handle(CloudEvent event) {
        if (CaseEvents.NOTE.type().equals(event.type())) {
            handleNote(event);
            return;
        }
        if (!CaseEvents.CASE.type().equals(event.type())) {
            return;
        }
        if (event.isTombstone()) {
            views.forget(event.subjectId(), event.aggregateVersion(), true);
            return;
        }
        CaseState state = event.dataAs(CaseEvents.CASE, json);
        if (state.id() == null || !state.id().toString().equals(event.subject()) || state.participations() == null
                || state.consents() == null || state.members() == null) {
            throw new PoisonEventException("case event " + event.id() + " is incomplete");
        }
        views.apply(state, event.aggregateVersion());
    }

    private void handleNote(CloudEvent event) {
        if (event.isTombstone()) {
            // The case's own tombstone came first and took the note with it; nothing names the note but the key.
            return;
        }
        CaseState.Note note = event.dataAs(CaseEvents.NOTE, json);
        if (note.id() == null || note.category() == null || note.writtenAt() == null) {
            throw new PoisonEventException("note event " + event.id() + " is incomplete");
        }
        views.applyNote(event.subjectId(), note, event.aggregateVersion(), true);
    }
}
