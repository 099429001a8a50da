package de.kim.regions.monitoring.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import de.kim.platform.problem.ApiProblem;
import de.kim.regions.monitoring.api.Gaps;
import de.kim.regions.monitoring.api.MonitoringTable;
import de.kim.regions.monitoring.api.MonitoringTable.Cell;
import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Indicator;
import de.kim.regions.monitoring.domain.NeedOffers;

/** Open needs against active offers per area: where households need something that no offer there meets. */
@ApplicationScoped
public class GapAnalysis {

    private final MonitoringTables tables;
    private final EntityManager entityManager;

    GapAnalysis(MonitoringTables tables, EntityManager entityManager) {
        this.tables = tables;
        this.entityManager = entityManager;
    }

    @Transactional
    public Gaps gaps(Dimension rows, Area area) {
        if (rows != Dimension.SUBREGION && rows != Dimension.MUNICIPALITY && rows != Dimension.QUARTER) {
            throw ApiProblem.invalid("rows", "one-of", "gaps are shown by subregion, municipality or quarter");
        }
        MonitoringTable needs = tables
                .table(new TableRequest(Indicator.NEEDS, rows, Dimension.NEED, area, null, null, Map.of()));
        Map<String, Map<String, Long>> offers = activeOffers(rows, area);
        List<List<Long>> offerCounts = new ArrayList<>();
        List<List<Boolean>> gaps = new ArrayList<>();
        int gapCount = 0;
        for (int i = 0; i < needs.rows().items().size(); i++) {
            String areaKey = needs.rows().items().get(i).key();
            Map<String, Long> byCategory = offers.getOrDefault(Dimension.NONE.equals(areaKey) ? "" : areaKey,
                    Map.of());
            List<Long> rowOffers = new ArrayList<>();
            List<Boolean> rowGaps = new ArrayList<>();
            for (int j = 0; j < needs.columns().items().size(); j++) {
                long count = NeedOffers.categories(needs.columns().items().get(j).key()).stream()
                        .mapToLong(category -> byCategory.getOrDefault(category, 0L)).sum();
                Cell need = needs.cells().get(i).get(j);
                boolean gap = count == 0 && (need.suppressed() || need.value() > 0);
                gapCount += gap ? 1 : 0;
                rowOffers.add(count);
                rowGaps.add(gap);
            }
            offerCounts.add(rowOffers);
            gaps.add(rowGaps);
        }
        return new Gaps(needs, offerCounts, gaps, gapCount);
    }

    /**
     * Area key → category → active offers. An offer in no particular quarter serves every quarter of its
     * municipality; the key "" holds all offers of the requested part of the district (for cases in no quarter).
     */
    private Map<String, Map<String, Long>> activeOffers(Dimension rows, Area area) {
        String key = switch (rows) {
            case SUBREGION -> "s.code";
            case MUNICIPALITY -> "cast(m.id as text)";
            default -> "cast(q.id as text)";
        };
        String quarters = rows == Dimension.QUARTER
                ? " join quarter q on q.municipality_id = m.id and (o.quarter_id is null or o.quarter_id = q.id)"
                : "";
        String sql = "select grouping(" + key + "), coalesce(" + key + ", ''), o.category, count(distinct o.offer_id)"
                + " from monitoring_offer o join municipality m on m.id = o.municipality_id"
                + " join subregion s on s.id = m.subregion_id" + quarters
                + " where o.status = 'ACTIVE'" + (area.subregion() == null ? "" : " and s.code = :subregion")
                + (area.municipalityId() == null ? "" : " and m.id = :municipality")
                + " group by grouping sets ((" + key + ", o.category), (o.category))";
        Query query = entityManager.createNativeQuery(sql, Object[].class);
        if (area.subregion() != null) {
            query.setParameter("subregion", area.subregion());
        }
        if (area.municipalityId() != null) {
            query.setParameter("municipality", area.municipalityId());
        }
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            String areaKey = ((Number) row[0]).intValue() == 1 ? "" : (String) row[1];
            counts.computeIfAbsent(areaKey, k -> new HashMap<>()).put((String) row[2], ((Number) row[3]).longValue());
        }
        return counts;
    }
}
