package de.kim.regions.monitoring.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.kim.platform.events.contract.facts.AgeBand;

/**
 * One thing counted: the cell of a measure it falls into. Attributes a measure does not use are null.
 *
 * @param month
 *            first day of the month of a flow, null for stocks
 * @param days
 *            for PHASE_REACHED: days from opening to the phase
 */
public record Fact(Measure measure, LocalDate month, String subregion, UUID municipalityId, UUID quarterId,
        UUID accommodationId, String phase, String authority, String need, String gender, String ageBand,
        String status, UUID offerId, long days) {

    /** @param area where the case lies: every fact of a case is counted there */
    public static Fact of(Measure measure, Area area, LocalDate month) {
        return new Fact(measure, month, area.subregion(), area.municipalityId(), area.quarterId(),
                area.accommodationId(), null, null, null, null, null, null, null, 0);
    }

    public Fact withPhase(String value) {
        return new Fact(measure, month, subregion, municipalityId, quarterId, accommodationId, value, authority, need,
                gender, ageBand, status, offerId, days);
    }

    public Fact withAuthority(String value) {
        return new Fact(measure, month, subregion, municipalityId, quarterId, accommodationId, phase, value, need,
                gender, ageBand, status, offerId, days);
    }

    public Fact withNeed(String value) {
        return new Fact(measure, month, subregion, municipalityId, quarterId, accommodationId, phase, authority, value,
                gender, ageBand, status, offerId, days);
    }

    public Fact withPerson(String genderValue, AgeBand band) {
        return new Fact(measure, month, subregion, municipalityId, quarterId, accommodationId, phase, authority, need,
                genderValue, band.name(), status, offerId, days);
    }

    public Fact withReferral(String statusValue, UUID offer) {
        return new Fact(measure, month, subregion, municipalityId, quarterId, accommodationId, phase, authority, need,
                gender, ageBand, statusValue, offer, days);
    }

    public Fact withDays(long value) {
        return new Fact(measure, month, subregion, municipalityId, quarterId, accommodationId, phase, authority, need,
                gender, ageBand, status, offerId, value);
    }

    /** The cell this fact is counted in: every attribute but the days, in a fixed order. */
    public String cell() {
        return Stream.of(measure, month, subregion, municipalityId, quarterId, accommodationId, phase, authority, need,
                gender, ageBand, status, offerId).map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining("|"));
    }
}
