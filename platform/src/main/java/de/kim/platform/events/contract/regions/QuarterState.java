package de.kim.platform.events.contract.regions;

import java.util.UUID;

/**
 * A quarter of a municipality: a Stadtteil or a Sozialraum (social area used for monitoring).
 *
 * @param kind
 *            DISTRICT_PART (Stadtteil) or SOCIAL_AREA (Sozialraum)
 */
public record QuarterState(UUID id, UUID municipalityId, String name, String kind) {
}
