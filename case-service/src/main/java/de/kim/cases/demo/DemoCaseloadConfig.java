package de.kim.cases.demo;

import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The synthetic demo caseload of the local run. Off by default, so off in every deployment; {@code ./kim up} switches
 * it on unless {@code KIM_DEMO_CASELOAD=off}.
 */
@ConfigMapping(prefix = "kim.demo.caseload")
public interface DemoCaseloadConfig {

    /** The one switch. */
    @WithDefault("false")
    boolean enabled();

    /** How many households (1 to 7 people each). */
    @WithDefault("3000")
    int households();

    /** The same seed plans the same caseload. */
    @WithDefault("1")
    long seed();

    /** Households written per run of the background job. */
    @WithDefault("20")
    int batchSize();

    /** How often the background job runs (it waits for the district's reference data first). */
    @WithDefault("1s")
    String every();

    /** Open and closed cases per case manager; more households bring more (synthetic) case managers. */
    @WithDefault("60")
    int casesPerManager();

    /** Referrals to one offer per month at most, so that a course's waitlist stays plausible. */
    @WithDefault("6")
    int referralsPerOfferAndMonth();

    /** The share of households that move to another sub-region during the year (their cases are handed over). */
    @WithDefault("0.015")
    double handOvers();

    /** Sub-regions whose households are referred to the offers (the demo offers are all in Lünen, Nord). */
    @WithDefault("NORD")
    Set<String> referralSubregions();

    /** How long the reference data must stay unchanged before the caseload is planned on it. */
    @WithDefault("PT20S")
    Duration quietPeriod();

    /**
     * How long to wait for the offers and the team directory once municipalities are there; after that the caseload
     * is planned without referrals or with synthetic case managers only.
     */
    @WithDefault("PT3M")
    Duration referenceWait();
}
