package de.kim.cases.reference.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Sort;

import de.kim.cases.reference.domain.MunicipalityReplica;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.problem.ApiProblem;

/** Keeps the municipality replica current and serves it read-only. */
@ApplicationScoped
public class MunicipalityReplicaService {

    private final Replicas replicas;

    MunicipalityReplicaService(Replicas replicas) {
        this.replicas = replicas;
    }

    @Transactional(TxType.MANDATORY)
    public void applyIfNewer(MunicipalityState state, long version) {
        replicas.applyIfNewer("municipality_replica", state.id(), version,
                Map.of("ags", state.ags(), "name", state.name(), "subregion", state.subregion()));
    }

    @Transactional(TxType.MANDATORY)
    public void removeIfNewer(UUID id, long version) {
        replicas.removeIfNewer("municipality_replica", id, version, Map.of(), List.of("ags", "name", "subregion"));
    }

    @Transactional
    public List<MunicipalityState> list() {
        return MunicipalityReplica.<MunicipalityReplica>list("deleted = false", Sort.by("name")).stream()
                .map(MunicipalityReplicaService::toState)
                .toList();
    }

    @Transactional
    public MunicipalityState get(UUID id) {
        MunicipalityReplica replica = MunicipalityReplica.findById(id);
        if (replica == null || replica.deleted) {
            throw ApiProblem.notFound("No municipality with this id.");
        }
        return toState(replica);
    }

    private static MunicipalityState toState(MunicipalityReplica replica) {
        return new MunicipalityState(replica.id, replica.ags, replica.name, replica.subregion);
    }
}
