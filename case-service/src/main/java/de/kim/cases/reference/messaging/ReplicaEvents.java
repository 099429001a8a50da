package de.kim.cases.reference.messaging;

import java.util.UUID;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.inbox.PoisonEventException;

/** What every replica handler checks of an event before applying it. */
final class ReplicaEvents {

    private ReplicaEvents() {
    }

    /** The event's subject as the aggregate id; an event without a usable one can never be applied. */
    static UUID subjectId(CloudEvent event) {
        try {
            return UUID.fromString(event.subject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException("subject of event " + event.id() + " is no id", e);
        }
    }
}
