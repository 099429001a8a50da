package de.kim.platform.events.contract.views;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;
import de.kim.platform.events.contract.cases.CaseState;

/**
 * The changes of one authority's view on {@code kim.view.{authority}.v1}, keyed by case id: the case as that authority
 * may now see it, or a tombstone when the case leaves the view (consent revoked or expired, participation ended). The
 * case's notes the authority may read are records of their own ({@link #caseNote}), keyed {@code <case>/<note>}.
 */
public final class ViewEvents {

    private ViewEvents() {
    }

    public static EventType<ViewCase> caseView(String authority) {
        return new EventType<>("de.kim.views.case.v1", Topic.view(authority), "case", ViewCase.class);
    }

    /**
     * A note of a case in the view, as the authority may read it; a tombstone of its key when the authority may no
     * longer read it (the case left the view, the consent no longer covers the note's category).
     */
    public static EventType<CaseState.Note> caseNote(String authority) {
        return new EventType<>("de.kim.views.note.v1", Topic.view(authority), "case", CaseState.Note.class);
    }
}
