package de.kim.platform.events.contract.regions;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/**
 * Reference data published by the region-service on the compacted {@link Topic#REGIONS} topic: each event carries the
 * full current state of one entity; a tombstone (no data) means it was deleted. A consumer that reads the topic from
 * the start has the complete reference data.
 */
public final class RegionEvents {

    public static final EventType<SubregionState> SUBREGION = type("subregion", SubregionState.class);
    public static final EventType<MunicipalityState> MUNICIPALITY = type("municipality", MunicipalityState.class);
    public static final EventType<QuarterState> QUARTER = type("quarter", QuarterState.class);
    public static final EventType<AccommodationState> ACCOMMODATION = type("accommodation",
            AccommodationState.class);
    public static final EventType<ContactPointState> CONTACT_POINT = type("contact-point", ContactPointState.class);
    public static final EventType<PostState> POST = type("post", PostState.class);
    public static final EventType<TeamMemberState> TEAM_MEMBER = type("team-member", TeamMemberState.class);

    private RegionEvents() {
    }

    private static <T> EventType<T> type(String aggregate, Class<T> data) {
        return new EventType<>("de.kim.regions." + aggregate + ".v1", Topic.REGIONS, aggregate, data);
    }
}
