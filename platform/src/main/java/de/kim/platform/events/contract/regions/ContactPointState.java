package de.kim.platform.events.contract.regions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A contact point (Anlaufstelle) with its office hours.
 *
 * @param operators
 *            who runs it, e.g. the city and a welfare organisation together
 * @param languages
 *            spoken, as ISO 639-1 codes
 * @param services
 *            offered, as free tags
 * @param officeHours
 *            weekly slots in local time (Europe/Berlin), several per day allowed
 * @param closures
 *            date ranges when it is closed (holidays), both days included
 */
public record ContactPointState(UUID id, String name, UUID municipalityId, UUID quarterId, Address address,
        List<String> operators, List<String> languages, List<String> services, List<OfficeHours> officeHours,
        List<Closure> closures) {

    public record OfficeHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    public record Closure(LocalDate from, LocalDate to, String reason) {
    }
}
