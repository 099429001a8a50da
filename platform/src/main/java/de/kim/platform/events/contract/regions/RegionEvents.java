package de.kim.platform.events.contract.regions;

import de.kim.platform.events.contract.EventType;
import de.kim.platform.events.contract.Topic;

/**
 * Reference data published by the region-service on the compacted {@link Topic#REGIONS} topic.
 */
public final class RegionEvents {

    /**
     * Full current state of a municipality; a tombstone (no data) means it was removed.
     */
    public static final EventType<MunicipalityState> MUNICIPALITY = new EventType<>("de.kim.regions.municipality.v1",
            Topic.REGIONS, "municipality", MunicipalityState.class);

    private RegionEvents() {
    }
}
