package de.kim.regions.municipality.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.accommodation.domain.Accommodation;
import de.kim.regions.common.References;
import de.kim.regions.common.WriteAccess;
import de.kim.regions.contactpoint.domain.ContactPoint;
import de.kim.regions.municipality.api.MunicipalityInput;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.quarter.domain.Quarter;
import de.kim.regions.staffing.domain.Post;
import de.kim.regions.subregion.domain.Subregion;

/** Municipalities and their sub-region; every change is published with the full state. */
@ApplicationScoped
public class MunicipalityService {

    private static final Set<String> SORTABLE = Set.of("name", "ags");

    private final Outbox outbox;
    private final WriteAccess access;

    MunicipalityService(Outbox outbox, WriteAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Page<MunicipalityState> list(String subregion, PageParams page) {
        QueryFilter filter = new QueryFilter().and("subregion.code = :subregion", "subregion", subregion);
        return page.fetch(Municipality.find(filter.query(), page.sort(SORTABLE, "name"), filter.parameters()),
                MunicipalityService::toState);
    }

    @Transactional
    public Versioned<MunicipalityState> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<MunicipalityState> create(MunicipalityInput input) {
        Subregion subregion = References.subregion(input.subregion(), "subregion");
        access.requireSubregion(subregion.code);
        requireAgsFree(input.ags(), null);
        Municipality municipality = new Municipality();
        municipality.id = UUID.randomUUID();
        apply(municipality, input, subregion);
        return publish(municipality);
    }

    @Transactional
    public Versioned<MunicipalityState> update(UUID id, long expectedVersion, MunicipalityInput input) {
        Municipality municipality = find(id);
        Subregion subregion = References.subregion(input.subregion(), "subregion");
        access.requireSubregion(municipality.subregion.code);
        access.requireSubregion(subregion.code);
        Etags.requireCurrent(expectedVersion, municipality.version);
        requireAgsFree(input.ags(), id);
        apply(municipality, input, subregion);
        return publish(municipality);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        Municipality municipality = find(id);
        access.requireSubregion(municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, municipality.version);
        References.requireUnreferenced("municipality", Quarter.count("municipality", municipality), "quarters");
        References.requireUnreferenced("municipality", Accommodation.count("municipality", municipality),
                "accommodations");
        References.requireUnreferenced("municipality", ContactPoint.count("municipality", municipality),
                "contact points");
        References.requireUnreferenced("municipality", Post.count("municipality", municipality), "posts");
        municipality.delete();
        outbox.appendTombstone(RegionEvents.MUNICIPALITY, id.toString(), municipality.version + 1);
    }

    private static void apply(Municipality municipality, MunicipalityInput input, Subregion subregion) {
        municipality.ags = input.ags();
        municipality.name = input.name();
        municipality.subregion = subregion;
    }

    private static void requireAgsFree(String ags, UUID self) {
        Municipality holder = Municipality.findByAgs(ags);
        if (holder != null && !holder.id.equals(self)) {
            throw ApiProblem.conflict("A municipality with this AGS is already registered.");
        }
    }

    private Versioned<MunicipalityState> publish(Municipality municipality) {
        municipality.persistAndFlush();
        Versioned<MunicipalityState> result = versioned(municipality);
        outbox.append(RegionEvents.MUNICIPALITY, municipality.id.toString(), result.version(), result.body());
        return result;
    }

    private static Municipality find(UUID id) {
        Municipality municipality = Municipality.findById(id);
        if (municipality == null) {
            throw ApiProblem.notFound("No municipality with this id.");
        }
        return municipality;
    }

    private static Versioned<MunicipalityState> versioned(Municipality municipality) {
        return new Versioned<>(toState(municipality), municipality.version);
    }

    public static MunicipalityState toState(Municipality municipality) {
        return new MunicipalityState(municipality.id, municipality.ags, municipality.name,
                municipality.subregion.code);
    }
}
