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
     * Applies one event. Throw {@link PoisonEventException} for events that can never succeed; any other exception is
     * retried.
     */
    void handle(CloudEvent event);
}
