package de.kim.regions.municipality.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.accommodation.domain.Accommodation;
import de.kim.regions.common.ReferenceDataService;
import de.kim.regions.common.References;
import de.kim.regions.contactpoint.domain.ContactPoint;
import de.kim.regions.municipality.api.MunicipalityInput;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.domain.Quarter;
import de.kim.regions.staffing.domain.Post;
import de.kim.regions.subregion.domain.Subregion;

/** Municipalities with their official key (AGS) and sub-region. */
@ApplicationScoped
public class MunicipalityService extends ReferenceDataService<Municipality, MunicipalityState, MunicipalityInput> {

    private static final Set<String> SORTABLE = Set.of("name", "ags");

    MunicipalityService() {
        super(Municipality.class, RegionEvents.MUNICIPALITY, "municipality");
    }

    @Transactional
    public Page<MunicipalityState> list(String subregion, PageParams page) {
        QueryFilter filter = new QueryFilter().and("subregion.code = :subregion", "subregion", subregion);
        return page.fetch(Municipality.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                this::toState);
    }

    /** A municipality may move to another sub-region: then its coordinators must agree too. */
    @Override
    protected void apply(Municipality municipality, MunicipalityInput input) {
        Subregion subregion = References.subregion(input.subregion(), "subregion");
        access.requireSubregion(subregion.code);
        Municipality holder = Municipality.findByAgs(input.ags());
        if (holder != null && !holder.id.equals(municipality.id)) {
            throw ApiProblem.conflict("A municipality with this AGS is already registered.");
        }
        municipality.ags = input.ags();
        municipality.name = input.name();
        municipality.subregion = subregion;
    }

    @Override
    protected void requireUnreferenced(Municipality municipality) {
        References.requireUnreferenced("municipality", Quarter.count("municipality", municipality), "quarters");
        References.requireUnreferenced("municipality", Accommodation.count("municipality", municipality),
                "accommodations");
        References.requireUnreferenced("municipality", ContactPoint.count("municipality", municipality),
                "contact points");
        References.requireUnreferenced("municipality", Post.count("municipality", municipality), "posts");
    }

    @Override
    protected String subregionOf(Municipality municipality) {
        return municipality.subregion.code;
    }

    @Override
    protected Municipality newEntity() {
        return new Municipality();
    }

    @Override
    public MunicipalityState toState(Municipality municipality) {
        return new MunicipalityState(municipality.id, municipality.ags, municipality.name,
                municipality.subregion.code);
    }
}
