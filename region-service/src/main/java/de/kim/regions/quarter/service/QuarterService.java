package de.kim.regions.quarter.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.events.contract.regions.QuarterState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.regions.accommodation.domain.Accommodation;
import de.kim.regions.common.ReferenceDataService;
import de.kim.regions.common.References;
import de.kim.regions.contactpoint.domain.ContactPoint;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.api.QuarterInput;
import de.kim.regions.quarter.domain.Quarter;

/** Quarters (Stadtteile, Sozialräume) of the municipalities. */
@ApplicationScoped
public class QuarterService extends ReferenceDataService<Quarter, QuarterState, QuarterInput> {

    private static final Set<String> SORTABLE = Set.of("name", "kind");

    QuarterService() {
        super(Quarter.class, RegionEvents.QUARTER, "quarter");
    }

    @Transactional
    public Page<QuarterState> list(String subregion, UUID municipality, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality);
        return page.fetch(Quarter.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                this::toState);
    }

    @Override
    protected void apply(Quarter quarter, QuarterInput input) {
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        if (quarter.municipality != null && !quarter.municipality.id.equals(municipality.id)) {
            // What lies in the quarter lies in its municipality: it cannot move away from under them.
            requireUnreferenced(quarter);
        }
        requireNameFreeIn(municipality, input.name(), quarter.id);
        quarter.municipality = municipality;
        quarter.name = input.name();
        quarter.kind = input.kind();
    }

    @Override
    protected void requireUnreferenced(Quarter quarter) {
        References.requireUnreferenced("quarter", Accommodation.count("quarter", quarter), "accommodations");
        References.requireUnreferenced("quarter", ContactPoint.count("quarter", quarter), "contact points");
    }

    @Override
    protected String subregionOf(Quarter quarter) {
        return quarter.municipality.subregion.code;
    }

    @Override
    protected Quarter newEntity() {
        return new Quarter();
    }

    @Override
    public QuarterState toState(Quarter quarter) {
        return new QuarterState(quarter.id, quarter.municipality.id, quarter.name, quarter.kind.name());
    }
}
