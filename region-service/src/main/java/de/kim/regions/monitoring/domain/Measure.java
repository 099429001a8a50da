package de.kim.regions.monitoring.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a row of monitoring_count counts, and by which attributes besides the area. Stocks describe the cases open now;
 * flows are counted in the month something happened.
 */
public enum Measure {
    /** Open cases by their current phase. */
    OPEN_CASE(false, EnumSet.of(Dimension.PHASE)),
    /** Open cases in which an authority takes or took part (a case counts once per authority). */
    OPEN_CASE_AUTHORITY(false, EnumSet.of(Dimension.AUTHORITY)),
    /** Needs of open cases by kind. */
    OPEN_CASE_NEED(false, EnumSet.of(Dimension.NEED)),
    /** Household members of open cases by gender and age band: the base for participation rates. */
    OPEN_CASE_MEMBER(false, EnumSet.of(Dimension.GENDER, Dimension.AGE_BAND)),
    /** Cases opened in a month. */
    CASE_OPENED(true, EnumSet.noneOf(Dimension.class)),
    /** Cases closed in a month (and still closed). */
    CASE_CLOSED(true, EnumSet.noneOf(Dimension.class)),
    /** Cases that reached a phase for the first time in a month, with the days it took from opening. */
    PHASE_REACHED(true, EnumSet.of(Dimension.PHASE)),
    /** Authorities that joined a case in a month. */
    PARTICIPATION_STARTED(true, EnumSet.of(Dimension.AUTHORITY)),
    /** Referrals requested in a month, by where they stand now, the person's gender and age band, and the offer. */
    REFERRAL(true, EnumSet.of(Dimension.STATUS, Dimension.GENDER, Dimension.AGE_BAND, Dimension.OFFER_CATEGORY));

    private final boolean flow;
    private final Set<Dimension> attributes;

    Measure(boolean flow, Set<Dimension> attributes) {
        this.flow = flow;
        this.attributes = attributes;
    }

    /** Counted per month (a period applies) rather than as the current stock. */
    public boolean flow() {
        return flow;
    }

    /** Whether a table of this measure can be broken down or filtered by the dimension. */
    public boolean has(Dimension dimension) {
        return dimension.isArea() || (dimension == Dimension.MONTH ? flow : attributes.contains(dimension));
    }
}
