package de.kim.platform.events.contract.regions;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Staff posts (Stellen) funded for a municipality.
 *
 * @param role
 *            CASE_MANAGEMENT, COORDINATION or IMMIGRATION_OFFICE_BRIDGE
 * @param fte
 *            full-time equivalents, e.g. 0.5 or 2.0
 */
public record PostState(UUID id, UUID municipalityId, String role, BigDecimal fte, String note) {
}
