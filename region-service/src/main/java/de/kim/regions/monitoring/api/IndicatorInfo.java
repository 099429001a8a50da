package de.kim.regions.monitoring.api;

import java.util.Arrays;
import java.util.List;

import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Indicator;

/**
 * A monitoring table that can be asked for.
 *
 * @param flow
 *            counted per month (from/to apply) rather than as what is open now
 * @param dimensions
 *            what it can be broken down and filtered by
 */
public record IndicatorInfo(String indicator, boolean flow, String defaultRows, String defaultColumns,
        List<String> dimensions) {

    static IndicatorInfo of(Indicator indicator) {
        return new IndicatorInfo(indicator.path(), indicator.measure().flow(),
                indicator.defaultRows().parameterName(), indicator.defaultColumns().parameterName(),
                Arrays.stream(Dimension.values()).filter(indicator.measure()::has).map(Dimension::parameterName)
                        .toList());
    }
}
