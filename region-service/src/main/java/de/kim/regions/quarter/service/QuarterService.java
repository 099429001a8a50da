package de.kim.regions.quarter.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.regions.QuarterState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.accommodation.domain.Accommodation;
import de.kim.regions.common.References;
import de.kim.regions.common.WriteAccess;
import de.kim.regions.contactpoint.domain.ContactPoint;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.api.QuarterInput;
import de.kim.regions.quarter.domain.Quarter;

/** Quarters (Stadtteile, Sozialräume) of the municipalities. */
@ApplicationScoped
public class QuarterService {

    private static final Set<String> SORTABLE = Set.of("name", "kind");

    private final Outbox outbox;
    private final WriteAccess access;

    QuarterService(Outbox outbox, WriteAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Page<QuarterState> list(String subregion, UUID municipality, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality);
        return page.fetch(Quarter.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                QuarterService::toState);
    }

    @Transactional
    public Versioned<QuarterState> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<QuarterState> create(QuarterInput input) {
        Quarter quarter = new Quarter();
        quarter.id = UUID.randomUUID();
        return save(quarter, input);
    }

    @Transactional
    public Versioned<QuarterState> update(UUID id, long expectedVersion, QuarterInput input) {
        Quarter quarter = find(id);
        access.requireSubregion(quarter.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, quarter.version);
        return save(quarter, input);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        Quarter quarter = find(id);
        access.requireSubregion(quarter.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, quarter.version);
        References.requireUnreferenced("quarter", Accommodation.count("quarter", quarter), "accommodations");
        References.requireUnreferenced("quarter", ContactPoint.count("quarter", quarter), "contact points");
        quarter.delete();
        outbox.appendTombstone(RegionEvents.QUARTER, id.toString(), quarter.version + 1);
    }

    private Versioned<QuarterState> save(Quarter quarter, QuarterInput input) {
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        boolean nameTaken = Quarter.count("municipality = ?1 and lower(name) = lower(?2) and id <> ?3", municipality,
                input.name(), quarter.id) > 0;
        if (nameTaken) {
            throw ApiProblem.conflict("This municipality has a quarter of this name already.");
        }
        quarter.municipality = municipality;
        quarter.name = input.name();
        quarter.kind = input.kind();
        quarter.persistAndFlush();
        Versioned<QuarterState> result = versioned(quarter);
        outbox.append(RegionEvents.QUARTER, quarter.id.toString(), result.version(), result.body());
        return result;
    }

    private static Quarter find(UUID id) {
        Quarter quarter = Quarter.findById(id);
        if (quarter == null) {
            throw ApiProblem.notFound("No quarter with this id.");
        }
        return quarter;
    }

    private static Versioned<QuarterState> versioned(Quarter quarter) {
        return new Versioned<>(toState(quarter), quarter.version);
    }

    public static QuarterState toState(Quarter quarter) {
        return new QuarterState(quarter.id, quarter.municipality.id, quarter.name, quarter.kind.name());
    }
}
