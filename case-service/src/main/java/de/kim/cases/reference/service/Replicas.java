package de.kim.cases.reference.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The one rule of every local replica of another service's data: a state or deletion is applied only when its version
 * is newer than what the row has, so replays and reordered deliveries are no-ops. Deleted rows stay, emptied and
 * marked, so an older state delivered later cannot bring them back.
 */
@ApplicationScoped
public class Replicas {

    private final EntityManager entityManager;

    Replicas(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param table
     *            a replica table with columns id, version, deleted and the given ones (names are ours, never input)
     */
    @Transactional(TxType.MANDATORY)
    public void applyIfNewer(String table, UUID id, long version, Map<String, Object> columns) {
        List<String> names = new ArrayList<>(columns.keySet());
        String insertColumns = names.isEmpty() ? "" : ", " + String.join(", ", names);
        String placeholders = names.stream().map(name -> ", :" + name).collect(Collectors.joining());
        String updates = names.stream().map(name -> name + " = excluded." + name + ", ")
                .collect(Collectors.joining());
        Query upsert = entityManager.createNativeQuery("insert into " + table + " (id, version, deleted"
                + insertColumns + ") values (:id, :version, false" + placeholders + ") on conflict (id) do update set "
                + updates + "version = excluded.version, deleted = false where " + table
                + ".version < excluded.version");
        upsert.setParameter("id", id).setParameter("version", version);
        columns.forEach(upsert::setParameter);
        upsert.executeUpdate();
    }

    /**
     * @param columns
     *            the values a deleted row keeps (e.g. its kind); all other given columns are emptied
     * @param emptied
     *            the columns that are cleared
     */
    @Transactional(TxType.MANDATORY)
    public void removeIfNewer(String table, UUID id, long version, Map<String, Object> columns, List<String> emptied) {
        Map<String, Object> kept = new LinkedHashMap<>(columns);
        String insertColumns = kept.keySet().stream().map(name -> ", " + name).collect(Collectors.joining());
        String placeholders = kept.keySet().stream().map(name -> ", :" + name).collect(Collectors.joining());
        String clears = emptied.stream().map(name -> name + " = null, ").collect(Collectors.joining());
        Query tombstone = entityManager.createNativeQuery("insert into " + table + " (id, version, deleted"
                + insertColumns + ") values (:id, :version, true" + placeholders + ") on conflict (id) do update set "
                + clears + "version = excluded.version, deleted = true where " + table + ".version < excluded.version");
        tombstone.setParameter("id", id).setParameter("version", version);
        kept.forEach(tombstone::setParameter);
        tombstone.executeUpdate();
    }
}
