package de.kim.platform.events.contract.regions;

import java.util.UUID;

/**
 * A KIM sub-region (Teilregion) of the district.
 *
 * @param code
 *            stable upper-case code, also the {@code subregion} claim of staff tokens (e.g. NORD)
 */
public record SubregionState(UUID id, String code, String name) {
}
