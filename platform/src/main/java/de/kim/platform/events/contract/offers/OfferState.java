package de.kim.platform.events.contract.offers;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.IntegrationPhase;
import de.kim.platform.vocabulary.ResidenceStatus;

/**
 * An offer (Angebot) as published on {@code kim.offers.v1} and served by the API.
 *
 * @param title German title; other languages in {@code translations}
 * @param translations by ISO 639-1 code, e.g. {@code en → {title, description}}
 * @param category LANGUAGE_COURSE, INTEGRATION_COURSE, LITERACY, CHILDCARE, SCHOOL, COUNSELLING,
 *        WORK_TRAINING, HEALTH, HOUSING, LEISURE_SPORT, VOLUNTEERING or MEETING_PLACE
 * @param place where it takes place: a municipality, optionally a quarter or contact point of the
 *        region-service, optionally an address
 * @param schedule weekly slots in local time (Europe/Berlin) between {@code startsOn} and {@code endsOn}
 * @param capacity places, or null when not limited
 * @param eligibility who may attend; empty lists mean everybody
 * @param status DRAFT, ACTIVE, PAUSED or ENDED
 */
public record OfferState(UUID id, UUID providerId, String title, String description,
        Map<String, Translation> translations, String category, FieldOfAction fieldOfAction,
        List<IntegrationPhase> phases, List<String> targetGroups, List<String> languages, Place place,
        List<Slot> schedule, LocalDate startsOn, LocalDate endsOn, Integer capacity, Eligibility eligibility,
        BigDecimal costEuro, String costNote, String status) {

    public record Translation(String title, String description) {
    }

    public record Place(UUID municipalityId, UUID quarterId, UUID contactPointId, String street, String postalCode,
            String city) {
    }

    public record Slot(DayOfWeek day, LocalTime starts, LocalTime ends) {
    }

    public record Eligibility(Integer minAge, Integer maxAge, List<Gender> genders,
            List<ResidenceStatus> residenceStatuses) {
    }
}
