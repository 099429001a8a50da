package de.kim.regions.monitoring.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Indicator;

/**
 * What table a caller asks for, checked: breakdown, area, period (flows only) and attribute filters.
 *
 * @param columns
 *            null for a single column of counts
 * @param from
 *            null for stocks
 * @param attributes
 *            e.g. STATUS → [STARTED, COMPLETED]: only cells with one of these values
 */
public record TableRequest(Indicator indicator, Dimension rows, Dimension columns, Area area, YearMonth from,
        YearMonth to, Map<Dimension, List<String>> attributes) {

    /** The same request, limited to a sub-region (the caller's, for coordinators). */
    public TableRequest withSubregion(String code) {
        return new TableRequest(indicator, rows, columns, area.withSubregion(code), from, to, attributes);
    }
}
