package de.kim.platform.events.contract.views;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/**
 * The changes of one authority's view on {@code kim.view.{authority}.v1}, keyed by case id: the case as that authority
 * may now see it, or a tombstone when the case leaves the view (consent revoked or expired, participation ended).
 */
public final class ViewEvents {

    private ViewEvents() {
    }

    public static EventType<ViewCase> caseView(String authority) {
        return new EventType<>("de.kim.views.case.v1", Topic.view(authority), "case", ViewCase.class);
    }
}
