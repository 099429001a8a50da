package de.kim.regions.subregion.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.contract.regions.SubregionState;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.common.References;
import de.kim.regions.common.WriteAccess;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.staffing.domain.TeamMember;
import de.kim.regions.subregion.domain.Subregion;

/** Sub-regions: created and deleted by admins, renamed by admins or their own coordinators. */
@ApplicationScoped
public class SubregionService {

    private static final Set<String> SORTABLE = Set.of("code", "name");

    private final Outbox outbox;
    private final WriteAccess access;

    SubregionService(Outbox outbox, WriteAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Page<SubregionState> list(PageParams page) {
        return page.fetch(Subregion.findAll(page.sort(SORTABLE, "code")), SubregionService::toState);
    }

    @Transactional
    public Versioned<SubregionState> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<SubregionState> create(String code, String name) {
        access.requireAdmin();
        if (Subregion.findByCode(code) != null) {
            throw ApiProblem.conflict("A sub-region with this code exists already.");
        }
        Subregion subregion = new Subregion();
        subregion.id = UUID.randomUUID();
        subregion.code = code;
        subregion.name = name;
        return publish(subregion);
    }

    @Transactional
    public Versioned<SubregionState> rename(UUID id, long expectedVersion, String name) {
        Subregion subregion = find(id);
        access.requireSubregion(subregion.code);
        Etags.requireCurrent(expectedVersion, subregion.version);
        subregion.name = name;
        return publish(subregion);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        Subregion subregion = find(id);
        access.requireAdmin();
        Etags.requireCurrent(expectedVersion, subregion.version);
        References.requireUnreferenced("sub-region", Municipality.count("subregion", subregion), "municipalities");
        References.requireUnreferenced("sub-region", TeamMember.count("subregion", subregion), "team members");
        subregion.delete();
        outbox.appendTombstone(RegionEvents.SUBREGION, id.toString(), subregion.version + 1);
    }

    private Versioned<SubregionState> publish(Subregion subregion) {
        subregion.persistAndFlush();
        Versioned<SubregionState> result = versioned(subregion);
        outbox.append(RegionEvents.SUBREGION, subregion.id.toString(), result.version(), result.body());
        return result;
    }

    private static Subregion find(UUID id) {
        Subregion subregion = Subregion.findById(id);
        if (subregion == null) {
            throw ApiProblem.notFound("No sub-region with this id.");
        }
        return subregion;
    }

    private static Versioned<SubregionState> versioned(Subregion subregion) {
        return new Versioned<>(toState(subregion), subregion.version);
    }

    public static SubregionState toState(Subregion subregion) {
        return new SubregionState(subregion.id, subregion.code, subregion.name);
    }
}
