package de.kim.cases.reference.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Sort;

import de.kim.cases.reference.domain.MunicipalityReplica;
import de.kim.platform.events.contract.regions.MunicipalityState;
import de.kim.platform.problem.ApiProblem;

/** Keeps the municipality replica current and serves it read-only. */
@ApplicationScoped
public class MunicipalityReplicaService {

    private final EntityManager entityManager;

    MunicipalityReplicaService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies a state only if it is newer than what the replica has (replays and reorders are no-ops). */
    @Transactional(TxType.MANDATORY)
    public void applyIfNewer(MunicipalityState state, long version) {
        entityManager.createNativeQuery("""
                insert into municipality_replica (id, ags, name, subregion, version, deleted)
                values (?1, ?2, ?3, ?4, ?5, false)
                on conflict (id) do update
                   set ags = excluded.ags, name = excluded.name, subregion = excluded.subregion,
                       version = excluded.version, deleted = false
                 where municipality_replica.version < excluded.version
                """)
                .setParameter(1, state.id())
                .setParameter(2, state.ags())
                .setParameter(3, state.name())
                .setParameter(4, state.subregion())
                .setParameter(5, version)
                .executeUpdate();
    }

    /**
     * A tombstone: the municipality no longer exists. The row stays, emptied and marked, with the
     * tombstone's version, so older states delivered later are ignored like any other.
     */
    @Transactional(TxType.MANDATORY)
    public void removeIfNewer(UUID id, long version) {
        entityManager.createNativeQuery("""
                insert into municipality_replica (id, version, deleted) values (?1, ?2, true)
                on conflict (id) do update
                   set ags = null, name = null, subregion = null, version = excluded.version, deleted = true
                 where municipality_replica.version < excluded.version
                """)
                .setParameter(1, id)
                .setParameter(2, version)
                .executeUpdate();
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
