package de.kim.regions.monitoring.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kim.platform.security.KeyedHash;
import de.kim.regions.monitoring.domain.Fact;

/**
 * Keeps monitoring_count equal to the sum of what every source contributes now. A source (a case) publishes its whole
 * state each time, so its new facts replace its old ones: only the difference is written, and cells that drop to zero
 * disappear. The source is remembered by a keyed hash of its id with the cells it counts in, nothing else.
 */
@ApplicationScoped
public class FactLedger {

    private static final TypeReference<Map<String, long[]>> CONTRIBUTION = new TypeReference<>() {
    };
    /** The columns of a count (monitoring_count and monitoring_kept_count alike). */
    static final String COLUMNS = "cell, measure, month, subregion, municipality_id, quarter_id, accommodation_id, phase,"
            + " authority, need, gender, age_band, status, offer_id, count, days, key_sum";
    private static final String ROWS = """
            jsonb_to_recordset(cast(?1 as jsonb)) as r(cell text, measure text, month date, subregion text,
                 municipality_id uuid, quarter_id uuid, accommodation_id uuid, phase text, authority text, need text,
                 gender text, age_band text, status text, offer_id uuid, count bigint, days bigint, key_sum bigint)
            """;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MonitoringConfig config;

    FactLedger(EntityManager entityManager, ObjectMapper json, MonitoringConfig config) {
        this.entityManager = entityManager;
        this.json = json;
        this.config = config;
    }

    /**
     * The key a source is remembered by: a keyed hash (HMAC-SHA256) of its id, so that neither the id nor a guess of
     * it can be matched to a row without the key, which lives in the configuration, not in the database.
     */
    public String sourceKey(String kind, Object id) {
        return new KeyedHash(config.sourceKeySecret()).of(kind + ":" + id);
    }

    /**
     * Replaces the source's contribution by {@code facts}, unless the ledger has this or a newer version already, or
     * the source was anonymised.
     *
     * @return whether anything was applied
     */
    @Transactional(TxType.MANDATORY)
    public boolean replace(String sourceKey, long version, List<Fact> facts) {
        List<?> previous = entityManager.createNativeQuery("""
                select version, contribution::text, anonymised from monitoring_source where source_key = ?1 for update
                """, Object[].class).setParameter(1, sourceKey).getResultList();
        Map<String, long[]> before = Map.of();
        if (!previous.isEmpty()) {
            Object[] row = (Object[]) previous.get(0);
            // An anonymised case never comes back, whatever version a stray state claims.
            if (((Number) row[0]).longValue() >= version || (Boolean) row[2]) {
                return false;
            }
            before = read((String) row[1]);
        }
        long recordKey = CellKey.recordKey(sourceKey);
        Map<String, Fact> cells = new LinkedHashMap<>();
        Map<String, long[]> after = new LinkedHashMap<>();
        for (Fact fact : facts) {
            cells.putIfAbsent(fact.cell(), fact);
            long[] sum = after.computeIfAbsent(fact.cell(), cell -> new long[3]);
            sum[0]++;
            sum[1] += fact.days();
            sum[2] += recordKey;
        }
        write(before, after, cells);
        entityManager.createNativeQuery("""
                insert into monitoring_source (source_key, version, contribution) values (?1, ?2, cast(?3 as jsonb))
                on conflict (source_key) do update set version = excluded.version, contribution = excluded.contribution
                """).setParameter(1, sourceKey).setParameter(2, version).setParameter(3, text(after))
                .executeUpdate();
        return true;
    }

    /**
     * Forgets what a source contributed but keeps the counts: an anonymised case stays in the statistics, and its
     * counts are also kept apart for a rebuild (whose topic no longer has the case). Its version stays behind, so a
     * late or repeated state of it is not counted again.
     */
    @Transactional(TxType.MANDATORY)
    public void forget(String sourceKey, long version) {
        List<?> previous = entityManager.createNativeQuery("""
                select version, contribution::text, anonymised from monitoring_source where source_key = ?1 for update
                """, Object[].class).setParameter(1, sourceKey).getResultList();
        if (!previous.isEmpty()) {
            Object[] row = (Object[]) previous.get(0);
            if (((Number) row[0]).longValue() >= version || (Boolean) row[2]) {
                return;
            }
            keep(read((String) row[1]));
        }
        entityManager.createNativeQuery("""
                insert into monitoring_source (source_key, version, contribution, anonymised)
                values (?1, ?2, '{}'::jsonb, true)
                on conflict (source_key) do update
                   set version = excluded.version, contribution = excluded.contribution, anonymised = true
                """).setParameter(1, sourceKey).setParameter(2, version).executeUpdate();
    }

    /** Adds a contribution to the kept counts, with the cells' attributes as monitoring_count has them. */
    private void keep(Map<String, long[]> contribution) {
        if (contribution.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = contribution.entrySet().stream().map(e -> Map.<String, Object>of("cell",
                e.getKey(), "count", e.getValue()[0], "days", e.getValue()[1], "key_sum", e.getValue()[2])).toList();
        entityManager.createNativeQuery("""
                insert into monitoring_kept_count (%s)
                select c.cell, c.measure, c.month, c.subregion, c.municipality_id, c.quarter_id, c.accommodation_id,
                       c.phase, c.authority, c.need, c.gender, c.age_band, c.status, c.offer_id, r.count, r.days,
                       r.key_sum
                  from %s join monitoring_count c on c.cell = r.cell
                on conflict (cell) do update set count = monitoring_kept_count.count + excluded.count,
                                                 days = monitoring_kept_count.days + excluded.days,
                                                 key_sum = monitoring_kept_count.key_sum + excluded.key_sum
                """.formatted(COLUMNS, ROWS)).setParameter(1, text(rows)).executeUpdate();
    }

    private void write(Map<String, long[]> before, Map<String, long[]> after, Map<String, Fact> cells) {
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> reduced = new ArrayList<>();
        Set<String> touched = new HashSet<>(before.keySet());
        touched.addAll(after.keySet());
        for (String cell : touched) {
            long[] old = before.getOrDefault(cell, new long[3]);
            long[] now = after.getOrDefault(cell, new long[3]);
            long count = now[0] - old[0];
            long days = now[1] - old[1];
            long keys = now[2] - old[2];
            if (count > 0) {
                added.add(row(cells.get(cell), count, days, keys));
            } else if (count < 0 || days != 0 || keys != 0) {
                reduced.add(Map.of("cell", cell, "count", count, "days", days, "key_sum", keys));
            }
        }
        if (!added.isEmpty()) {
            entityManager.createNativeQuery("""
                    insert into monitoring_count (%1$s)
                    select %1$s
                      from %2$s
                    on conflict (cell) do update set count = monitoring_count.count + excluded.count,
                                                     days = monitoring_count.days + excluded.days,
                                                     key_sum = monitoring_count.key_sum + excluded.key_sum
                    """.formatted(COLUMNS, ROWS)).setParameter(1, text(added)).executeUpdate();
        }
        if (!reduced.isEmpty()) {
            entityManager.createNativeQuery("""
                    update monitoring_count c
                       set count = c.count + r.count, days = c.days + r.days, key_sum = c.key_sum + r.key_sum
                      from %s
                     where c.cell = r.cell
                    """.formatted(ROWS)).setParameter(1, text(reduced)).executeUpdate();
            entityManager.createNativeQuery("""
                    delete from monitoring_count c using %s
                     where c.cell = r.cell and c.count = 0
                    """.formatted(ROWS)).setParameter(1, text(reduced)).executeUpdate();
        }
    }

    private static Map<String, Object> row(Fact fact, long count, long days, long keys) {
        Map<String, Object> row = new HashMap<>();
        row.put("cell", fact.cell());
        row.put("measure", fact.measure().name());
        row.put("month", fact.month());
        row.put("subregion", fact.subregion());
        row.put("municipality_id", fact.municipalityId());
        row.put("quarter_id", fact.quarterId());
        row.put("accommodation_id", fact.accommodationId());
        row.put("phase", fact.phase());
        row.put("authority", fact.authority());
        row.put("need", fact.need());
        row.put("gender", fact.gender());
        row.put("age_band", fact.ageBand());
        row.put("status", fact.status());
        row.put("offer_id", fact.offerId());
        row.put("count", count);
        row.put("days", days);
        row.put("key_sum", keys);
        return row;
    }

    private Map<String, long[]> read(String contribution) {
        try {
            return json.readValue(contribution, CONTRIBUTION);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("monitoring_source holds no contribution", e);
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
