package de.kim.platform.events.contract;

/**
 * The Kafka topics of the suite. The key of every record is the aggregate id, so the events of one aggregate stay in
 * order on one partition.
 */
public enum Topic {
    /** Case lifecycle, participations, consents, plans (issue: case-service). */
    CASES("kim.cases.v1", 6, false),
    /** Referral requests and the providers' answers. */
    REFERRALS("kim.referrals.v1", 6, false),
    /** Offers and providers. */
    OFFERS("kim.offers.v1", 3, false),
    /** Reference data: full current state per entity, so the topic is compacted. */
    REGIONS("kim.regions.v1", 3, true);

    private final String topicName;
    private final int partitions;
    private final boolean compacted;

    Topic(String topicName, int partitions, boolean compacted) {
        this.topicName = topicName;
        this.partitions = partitions;
        this.compacted = compacted;
    }

    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    public boolean compacted() {
        return compacted;
    }

    /**
     * Where events go that a consumer cannot process, with the reason in a header.
     */
    public String deadLetterTopicName() {
        return topicName + ".dlt";
    }

    public static Topic byName(String topicName) {
        for (Topic topic : values()) {
            if (topic.topicName.equals(topicName)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("Unknown topic " + topicName);
    }
}
