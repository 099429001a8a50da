package de.kim.offers.demo;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The providers' side of the demo caseload of the local run: off by default, so off in every deployment;
 * {@code ./kim up} switches it on together with the case-service's demo caseload ({@code KIM_DEMO_CASELOAD}).
 */
@ConfigMapping(prefix = "kim.demo.placements")
public interface DemoPlacementsConfig {

    /** The one switch. */
    @WithDefault("false")
    boolean enabled();

    /** How often the demo step looks at the demo placements. */
    @WithDefault("15s")
    String every();

    /** Placements moved on per run at most, the oldest requests first. */
    @WithDefault("200")
    int batchSize();

    /** An accepted person starts this long after the request. */
    @WithDefault("P14D")
    Duration startsAfter();

    /** A course has ended this long after the request. */
    @WithDefault("P100D")
    Duration endsAfter();

    /** Someone still on the waitlist this long after the request may give up. */
    @WithDefault("P150D")
    Duration givesUpAfter();
}
