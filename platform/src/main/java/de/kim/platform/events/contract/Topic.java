package de.kim.platform.events.contract;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.kafka.common.config.TopicConfig;

/**
 * A Kafka topic of the suite. The key of every record is the aggregate id, so the events of one aggregate stay in
 * order on one partition. Most topics are fixed; the authority views publish on one topic per authority, and
 * authorities are data, so those topics are named at run time ({@link #view(String)}).
 *
 * @param compacted
 *            the topic carries full states, so only the latest per key is needed
 * @param consumed
 *            the suite consumes it itself, so poison events need a dead-letter topic beside it
 * @param personalData
 *            its records may name people (a referral's consented contact, a failed case state): kept no longer than
 *            their purpose needs
 */
public record Topic(String topicName, int partitions, boolean compacted, boolean consumed, boolean personalData) {

    /**
     * Case states: every event carries the full state of one case, so compaction keeps exactly what a rebuild of the
     * authority views needs. Read and written by the case-service alone.
     */
    public static final Topic CASES = new Topic("kim.cases.v1", 6, true, true, true);
    /**
     * What the statistics need of each case (see {@code CaseFacts}): keyed by a pseudonym of the case, no personal
     * data beyond gender and age band; compacted like the cases it stands for.
     */
    public static final Topic CASE_FACTS = new Topic("kim.case-facts.v1", 6, true, true, false);
    /** Referral requests and the providers' answers. */
    public static final Topic REFERRALS = new Topic("kim.referrals.v1", 6, false, true, true);
    /** Offers and providers. */
    public static final Topic OFFERS = new Topic("kim.offers.v1", 3, false, true, false);
    /** Reference data: full current state per entity, so the topic is compacted. */
    public static final Topic REGIONS = new Topic("kim.regions.v1", 3, true, true, false);

    private static final List<Topic> FIXED = List.of(CASES, CASE_FACTS, REFERRALS, OFFERS, REGIONS);
    private static final Pattern VIEW_TOPIC = Pattern.compile("kim\\.view\\.([a-z][a-z0-9_]*)\\.v1");

    /** The topics every service provisions on start. */
    public static List<Topic> fixed() {
        return FIXED;
    }

    /**
     * The changes of one authority's view (e.g. {@code kim.view.jobcenter.v1}) for agency systems that follow it
     * instead of polling; compacted, a tombstone when a case leaves the view.
     */
    public static Topic view(String authority) {
        return new Topic("kim.view." + authority.toLowerCase(Locale.ROOT) + ".v1", 3, true, false, true);
    }

    /**
     * Where events go that a consumer cannot process, with the reason in a header.
     */
    public String deadLetterTopicName() {
        return topicName + ".dlt";
    }

    /** The dead-letter topic as a topic of its own: one partition; the failed records may carry anything. */
    public Topic deadLetters() {
        return new Topic(deadLetterTopicName(), 1, false, false, true);
    }

    /**
     * The topic's settings. Compacted topics carry personal data until a tombstone replaces it (an anonymised case):
     * compaction must then happen within a week, not whenever the segment happens to fill, and the tombstone itself
     * goes a day later. A deleting topic with personal data (referral requests with a consented contact, dead letters)
     * keeps a record a week, in segments of a day, so it is gone after eight days at the latest; by then its consumer
     * has long taken it (or an operator has looked at the dead letter).
     */
    public Map<String, String> settings() {
        if (!compacted && personalData) {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()),
                    TopicConfig.SEGMENT_MS_CONFIG, Long.toString(Duration.ofDays(1).toMillis()));
        }
        if (!compacted) {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        }
        return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(Duration.ofDays(7).toMillis()),
                TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(1).toMillis()));
    }

    public static Topic byName(String topicName) {
        for (Topic topic : FIXED) {
            if (topic.topicName.equals(topicName)) {
                return topic;
            }
        }
        var view = VIEW_TOPIC.matcher(topicName);
        if (view.matches()) {
            return view(view.group(1));
        }
        throw new IllegalArgumentException("Unknown topic " + topicName);
    }
}
