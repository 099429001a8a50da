package de.kim.regions.subregion.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.regions.SubregionState;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.common.ReferenceDataService;
import de.kim.regions.common.References;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.staffing.domain.TeamMember;
import de.kim.regions.subregion.api.SubregionInput;
import de.kim.regions.subregion.domain.Subregion;

/** Sub-regions: added and deleted by admins, renamed by admins or their own coordinators. */
@ApplicationScoped
public class SubregionService extends ReferenceDataService<Subregion, SubregionState, SubregionInput> {

    private static final Set<String> SORTABLE = Set.of("code", "name");

    SubregionService() {
        super(Subregion.class, RegionEvents.SUBREGION, "sub-region");
    }

    @Transactional
    public Page<SubregionState> list(PageParams page) {
        return page.fetch(Subregion.findAll(page.sort(SORTABLE, "code")), this::toState);
    }

    @Override
    protected void apply(Subregion subregion, SubregionInput input) {
        if (subregion.code == null) {
            access.requireAdmin();
            if (Subregion.findByCode(input.code()) != null) {
                throw ApiProblem.conflict("A sub-region with this code exists already.");
            }
            subregion.code = input.code();
        } else if (!subregion.code.equals(input.code())) {
            throw ApiProblem.invalid("code", "immutable", "cannot change: staff tokens name the sub-region by it");
        }
        subregion.name = input.name();
    }

    @Override
    protected void requireUnreferenced(Subregion subregion) {
        access.requireAdmin();
        References.requireUnreferenced("sub-region", Municipality.count("subregion", subregion), "municipalities");
        References.requireUnreferenced("sub-region", TeamMember.count("subregion", subregion), "team members");
    }

    @Override
    protected String subregionOf(Subregion subregion) {
        return subregion.code;
    }

    @Override
    protected Subregion newEntity() {
        return new Subregion();
    }

    @Override
    public SubregionState toState(Subregion subregion) {
        return new SubregionState(subregion.id, subregion.code, subregion.name);
    }
}
