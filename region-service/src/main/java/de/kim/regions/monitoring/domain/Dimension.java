package de.kim.regions.monitoring.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a monitoring table can be broken down by: the areas of the district, the month, attributes of a measure. */
public enum Dimension {
    SUBREGION("c.subregion"),
    MUNICIPALITY("c.municipality_id::text"),
    QUARTER("c.quarter_id::text"),
    ACCOMMODATION("c.accommodation_id::text"),
    MONTH("to_char(c.month, 'YYYY-MM')"),
    PHASE("c.phase"),
    AUTHORITY("c.authority"),
    NEED("c.need"),
    GENDER("c.gender"),
    AGE_BAND("c.age_band"),
    STATUS("c.status"),
    /** The category of the referral's offer, known from kim.offers.v1 (UNKNOWN until the offer arrived). */
    OFFER_CATEGORY("coalesce(o.category, 'UNKNOWN')");

    /** The key of cells without a value in that dimension, e.g. cases in no quarter. */
    public static final String NONE = "NONE";

    private final String column;

    Dimension(String column) {
        this.column = column;
    }

    /** The SQL expression over monitoring_count c (and monitoring_offer o) that yields the key. */
    public String column() {
        return column;
    }

    public boolean isArea() {
        return this == SUBREGION || this == MUNICIPALITY || this == QUARTER || this == ACCOMMODATION;
    }

    /** As in query parameters: age-band, offer-category. */
    public String parameterName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Dimension fromParameter(String value) {
        return Arrays.stream(values()).filter(d -> d.parameterName().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(value));
    }

    public static List<String> parameterNames() {
        return Arrays.stream(values()).map(Dimension::parameterName).toList();
    }
}
