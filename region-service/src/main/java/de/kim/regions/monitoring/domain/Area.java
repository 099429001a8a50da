package de.kim.regions.monitoring.domain;

import java.util.UUID;

/**
 * A part of the district: where a case lies (sub-region and municipality always, quarter and accommodation if any),
 * or which part a query asks for (a null field does not restrict it).
 */
public record Area(String subregion, UUID municipalityId, UUID quarterId, UUID accommodationId) {

    public Area withSubregion(String code) {
        return new Area(code, municipalityId, quarterId, accommodationId);
    }
}
