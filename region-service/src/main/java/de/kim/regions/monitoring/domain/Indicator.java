package de.kim.regions.monitoring.domain;

import java.util.Arrays;
import java.util.Optional;

/** The published monitoring tables: a measure with the breakdown a reader sees first. */
public enum Indicator {
    OPEN_CASES("open-cases", Measure.OPEN_CASE, Dimension.SUBREGION, Dimension.PHASE),
    AUTHORITY_PARTICIPATION("authority-participation", Measure.OPEN_CASE_AUTHORITY, Dimension.SUBREGION,
            Dimension.AUTHORITY),
    NEEDS("needs", Measure.OPEN_CASE_NEED, Dimension.SUBREGION, Dimension.NEED),
    HOUSEHOLD_MEMBERS("household-members", Measure.OPEN_CASE_MEMBER, Dimension.GENDER, Dimension.AGE_BAND),
    CASES_OPENED("cases-opened", Measure.CASE_OPENED, Dimension.MONTH, Dimension.SUBREGION),
    CASES_CLOSED("cases-closed", Measure.CASE_CLOSED, Dimension.MONTH, Dimension.SUBREGION),
    PHASES_REACHED("phases-reached", Measure.PHASE_REACHED, Dimension.PHASE, Dimension.SUBREGION),
    AUTHORITIES_JOINED("authorities-joined", Measure.PARTICIPATION_STARTED, Dimension.MONTH, Dimension.AUTHORITY),
    REFERRALS("referrals", Measure.REFERRAL, Dimension.OFFER_CATEGORY, Dimension.STATUS);

    private final String path;
    private final Measure measure;
    private final Dimension rows;
    private final Dimension columns;

    Indicator(String path, Measure measure, Dimension rows, Dimension columns) {
        this.path = path;
        this.measure = measure;
        this.rows = rows;
        this.columns = columns;
    }

    public static Optional<Indicator> byPath(String path) {
        return Arrays.stream(values()).filter(i -> i.path.equals(path)).findFirst();
    }

    public String path() {
        return path;
    }

    public Measure measure() {
        return measure;
    }

    public Dimension defaultRows() {
        return rows;
    }

    public Dimension defaultColumns() {
        return columns;
    }
}
