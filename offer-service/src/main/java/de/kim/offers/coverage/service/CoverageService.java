package de.kim.offers.coverage.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import de.kim.offers.coverage.api.Coverage;
import de.kim.offers.coverage.api.Coverage.Cell;
import de.kim.offers.offer.domain.OfferCategory;
import de.kim.platform.vocabulary.FieldOfAction;
import de.kim.platform.vocabulary.IntegrationPhase;

/** Counts active offers per cell of the phase matrices for an area; every cell is listed, gaps too. */
@ApplicationScoped
public class CoverageService {

    private final EntityManager entityManager;

    CoverageService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Coverage of(String subregion, UUID municipality) {
        List<Cell> byField = matrix("o.field_of_action", subregion, municipality,
                Arrays.stream(FieldOfAction.values()).map(Enum::name).toList());
        List<Cell> byCategory = matrix("o.category", subregion, municipality,
                Arrays.stream(OfferCategory.values()).map(Enum::name).toList());
        int gaps = (int) byField.stream().filter(Cell::gap).count();
        return new Coverage(subregion, municipality == null ? null : municipality.toString(), byField, byCategory,
                gaps);
    }

    private List<Cell> matrix(String column, String subregion, UUID municipality, List<String> columns) {
        StringBuilder sql = new StringBuilder("""
                select phase.value, %s, count(*)
                  from offer o cross join lateral jsonb_array_elements_text(o.phases) as phase(value)
                 where o.status = 'ACTIVE'
                """.formatted(column));
        Map<String, Object> params = new HashMap<>();
        if (subregion != null) {
            sql.append(" and exists (select 1 from region_place m where m.id = o.municipality_id"
                    + " and m.subregion = :subregion)");
            params.put("subregion", subregion);
        }
        if (municipality != null) {
            sql.append(" and o.municipality_id = :municipality");
            params.put("municipality", municipality);
        }
        sql.append(" group by 1, 2");
        Query query = entityManager.createNativeQuery(sql.toString(), Object[].class);
        params.forEach(query::setParameter);
        Map<String, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] cell = (Object[]) row;
            counts.put(cell[0] + "|" + cell[1], ((Number) cell[2]).longValue());
        }
        List<Cell> cells = new ArrayList<>();
        for (IntegrationPhase phase : IntegrationPhase.values()) {
            for (String value : columns) {
                long offers = counts.getOrDefault(phase.name() + "|" + value, 0L);
                cells.add(new Cell(phase.name(), value, offers, offers == 0));
            }
        }
        return cells;
    }
}
