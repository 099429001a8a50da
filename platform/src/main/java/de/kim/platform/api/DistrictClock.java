package de.kim.platform.api;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;

/**
 * The clock of {@code @Past}, {@code @PastOrPresent} and their kin: days as the district counts them. With the JVM's
 * zone (UTC on the servers) a conference held "today" between midnight and one or two o'clock German time would be
 * refused as lying in the future, although the app, which offers German today, is right. Quarkus hands this bean to
 * the validator factory.
 */
@ApplicationScoped
public class DistrictClock implements ClockProvider {

    /** The district's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Override
    public Clock getClock() {
        return Clock.system(ZONE);
    }
}
