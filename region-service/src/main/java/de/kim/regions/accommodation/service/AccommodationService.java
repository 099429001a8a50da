package de.kim.regions.accommodation.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.regions.AccommodationState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.accommodation.api.AccommodationInput;
import de.kim.regions.accommodation.domain.Accommodation;
import de.kim.regions.common.PostalAddress;
import de.kim.regions.common.References;
import de.kim.regions.common.WriteAccess;
import de.kim.regions.municipality.domain.Municipality;

/** Accommodations (Unterkünfte): at most 48 places, never more people than places. */
@ApplicationScoped
public class AccommodationService {

    private static final Set<String> SORTABLE = Set.of("name", "capacity", "occupancy");

    private final Outbox outbox;
    private final WriteAccess access;

    AccommodationService(Outbox outbox, WriteAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Page<AccommodationState> list(String subregion, UUID municipality, UUID quarter, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality)
                .and("quarter.id = :quarter", "quarter", quarter);
        return page.fetch(Accommodation.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                AccommodationService::toState);
    }

    @Transactional
    public Versioned<AccommodationState> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<AccommodationState> create(AccommodationInput input) {
        Accommodation accommodation = new Accommodation();
        accommodation.id = UUID.randomUUID();
        return save(accommodation, input);
    }

    @Transactional
    public Versioned<AccommodationState> update(UUID id, long expectedVersion, AccommodationInput input) {
        Accommodation accommodation = find(id);
        access.requireSubregion(accommodation.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, accommodation.version);
        return save(accommodation, input);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        Accommodation accommodation = find(id);
        access.requireSubregion(accommodation.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, accommodation.version);
        accommodation.delete();
        outbox.appendTombstone(RegionEvents.ACCOMMODATION, id.toString(), accommodation.version + 1);
    }

    private Versioned<AccommodationState> save(Accommodation accommodation, AccommodationInput input) {
        if (input.occupancy() > input.capacity()) {
            throw ApiProblem.invalid("occupancy", "must not exceed the capacity of " + input.capacity());
        }
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        boolean nameTaken = Accommodation.count("municipality = ?1 and lower(name) = lower(?2) and id <> ?3",
                municipality, input.name(), accommodation.id) > 0;
        if (nameTaken) {
            throw ApiProblem.conflict("This municipality has an accommodation of this name already.");
        }
        accommodation.name = input.name();
        accommodation.municipality = municipality;
        accommodation.quarter = References.quarterIn(municipality, input.quarterId(), "quarterId");
        accommodation.address = PostalAddress.of(input.address().toAddress());
        accommodation.capacity = input.capacity();
        accommodation.occupancy = input.occupancy();
        accommodation.operator = input.operator();
        accommodation.persistAndFlush();
        Versioned<AccommodationState> result = versioned(accommodation);
        outbox.append(RegionEvents.ACCOMMODATION, accommodation.id.toString(), result.version(), result.body());
        return result;
    }

    private static Accommodation find(UUID id) {
        Accommodation accommodation = Accommodation.findById(id);
        if (accommodation == null) {
            throw ApiProblem.notFound("No accommodation with this id.");
        }
        return accommodation;
    }

    private static Versioned<AccommodationState> versioned(Accommodation accommodation) {
        return new Versioned<>(toState(accommodation), accommodation.version);
    }

    static AccommodationState toState(Accommodation a) {
        return new AccommodationState(a.id, a.name, a.municipality.id, a.quarter == null ? null : a.quarter.id,
                a.address.toAddress(), a.capacity, a.occupancy, a.operator);
    }
}
