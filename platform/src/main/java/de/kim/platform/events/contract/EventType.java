package de.kim.platform.events.contract;

/**
 * One kind of event: its CloudEvents {@code type}, the topic it is published on, the aggregate it belongs to and the
 * Java shape of its data.
 *
 * @param type
 *            CloudEvents type, reverse-DNS and versioned
 * @param topic
 *            where it is published
 * @param aggregateType
 *            the kind of aggregate its subject names
 * @param dataType
 *            the payload record
 */
public record EventType<T>(String type, Topic topic, String aggregateType, Class<T> dataType) {
}
