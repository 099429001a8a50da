package de.kim.platform.events.inbox;

import de.kim.platform.events.cloudevents.CloudEvent;
import de.kim.platform.events.contract.Topic;

/**
 * A consumer of one topic. Each bean gets its own consumer group and thread; {@link #handle} runs in the transaction
 * that also records the event as processed, so an event takes effect exactly once. Offsets are committed only after
 * that transaction.
 */
public interface EventHandler {

    /**
     * Consumer group and key in the processed-events table, e.g. {@code case-service.municipalities}.
     */
    String consumerName();

    Topic topic();

    /**
     * True for handlers of state snapshots that apply only states newer than the last (a view of the latest state): of
     * several events with the same key in one poll, those followed by a newer version are then skipped, so a consumer
     * that fell behind catches up at the pace of its keys, not of their changes. Off for handlers that need every
     * event (counts, histories).
     */
    default boolean needsOnlyTheLatestStatePerKey() {
        return false;
    }

    /**
     * Applies one event. Throw {@link PoisonEventException} for events that can never succeed; any other exception is
     * retried.
     */
    void handle(CloudEvent event);
}
