package de.kim.regions.municipality.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.municipality.domain.Subregion;

/** Registers municipalities and publishes their state with every change. */
@ApplicationScoped
public class MunicipalityService {

    private final Outbox outbox;

    MunicipalityService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public MunicipalityState register(String ags, String name, Subregion subregion) {
        if (Municipality.findByAgs(ags) != null) {
            throw ApiProblem.conflict("A municipality with this AGS is already registered.");
        }
        Municipality municipality = new Municipality();
        municipality.id = UUID.randomUUID();
        municipality.ags = ags;
        municipality.name = name;
        municipality.subregion = subregion;
        municipality.persistAndFlush();
        MunicipalityState state = toState(municipality);
        outbox.append(RegionEvents.MUNICIPALITY, municipality.id.toString(), municipality.version, state);
        return state;
    }

    @Transactional
    public List<MunicipalityState> list(Subregion subregion) {
        Sort byName = Sort.by("name");
        List<Municipality> found = subregion == null
                ? Municipality.listAll(byName)
                : Municipality.list("subregion", byName, subregion);
        return found.stream().map(MunicipalityService::toState).toList();
    }

    @Transactional
    public MunicipalityState get(UUID id) {
        Municipality municipality = Municipality.findById(id);
        if (municipality == null) {
            throw ApiProblem.notFound("No municipality with this id.");
        }
        return toState(municipality);
    }

    private static MunicipalityState toState(Municipality municipality) {
        return new MunicipalityState(municipality.id, municipality.ags, municipality.name,
                municipality.subregion.name());
    }
}
