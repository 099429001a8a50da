package de.kim.platform.events.access;

/**
 * One line of the access table: a principal may read or write a topic (or, {@code prefixed}, every topic whose name
 * begins with {@code resource}), for a purpose it must name.
 *
 * @param resource
 *            the topic's name, or the common beginning of the names of a family of topics
 * @param prefixed
 *            {@code resource} is a prefix ({@code kim.view.}: one topic per authority)
 * @param write
 *            write (publish) rather than read (consume)
 * @param purpose
 *            why: what the principal does with the records, as the data-protection officer reads it
 */
public record TopicGrant(String resource, boolean prefixed, boolean write, String purpose) {

    /** The topic family of the authority views, named per authority at run time. */
    static final String VIEWS_PREFIX = "kim.view.";

    /** How documents name the topic: a family of topics with its placeholder. */
    public String shown() {
        return prefixed ? resource + "{authority}.v1" : resource;
    }
}
