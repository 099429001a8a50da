package de.kim.regions.accommodation.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.events.contract.regions.AccommodationState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.accommodation.api.AccommodationInput;
import de.kim.regions.accommodation.domain.Accommodation;
import de.kim.regions.common.PostalAddress;
import de.kim.regions.common.ReferenceDataService;
import de.kim.regions.common.References;
import de.kim.regions.municipality.domain.Municipality;

/** Accommodations (Unterkünfte): at most 48 places, never more people than places. */
@ApplicationScoped
public class AccommodationService
        extends
            ReferenceDataService<Accommodation, AccommodationState, AccommodationInput> {

    private static final Set<String> SORTABLE = Set.of("name", "capacity", "occupancy");

    AccommodationService() {
        super(Accommodation.class, RegionEvents.ACCOMMODATION, "accommodation");
    }

    @Transactional
    public Page<AccommodationState> list(String subregion, UUID municipality, UUID quarter, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality)
                .and("quarter.id = :quarter", "quarter", quarter);
        return page.fetch(Accommodation.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                this::toState);
    }

    @Override
    protected void apply(Accommodation accommodation, AccommodationInput input) {
        if (input.occupancy() > input.capacity()) {
            throw ApiProblem.invalid("occupancy", "max", "must not exceed the capacity of " + input.capacity());
        }
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        requireNameFreeIn(municipality, input.name(), accommodation.id);
        accommodation.name = input.name();
        accommodation.municipality = municipality;
        accommodation.quarter = References.quarterIn(municipality, input.quarterId(), "quarterId");
        accommodation.address = PostalAddress.of(input.address().toAddress());
        accommodation.capacity = input.capacity();
        accommodation.occupancy = input.occupancy();
        accommodation.operator = input.operator();
    }

    @Override
    protected String subregionOf(Accommodation accommodation) {
        return accommodation.municipality.subregion.code;
    }

    @Override
    protected Accommodation newEntity() {
        return new Accommodation();
    }

    @Override
    public AccommodationState toState(Accommodation a) {
        return new AccommodationState(a.id, a.name, a.municipality.id, a.quarter == null ? null : a.quarter.id,
                a.address.toAddress(), a.capacity, a.occupancy, a.operator);
    }
}
