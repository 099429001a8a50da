package de.kim.platform.events.contract.regions;

import java.util.UUID;

/**
 * An accommodation (Unterkunft) for refugees and immigrants.
 *
 * @param capacity
 *            places, 1 to 48
 * @param occupancy
 *            places taken, never above capacity
 */
public record AccommodationState(UUID id, String name, UUID municipalityId, UUID quarterId, Address address,
        int capacity, int occupancy, String operator) {
}
