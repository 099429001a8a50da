package de.kim.regions.monitoring.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import de.kim.platform.events.contract.facts.AgeBand;
import de.kim.platform.vocabulary.Gender;
import de.kim.platform.vocabulary.IntegrationPhase;
import de.kim.regions.monitoring.api.MonitoringTable.Item;
import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Measure;
import de.kim.regions.monitoring.domain.NeedOffers;

/**
 * The rows or columns of a table: every area in the requested part of the district (with their names), every month of
 * the period, every value of a fixed vocabulary, even where nothing was counted, so charts and tables keep their
 * shape. Keys that occur in the counts but are not known (an area deleted since) are added, so totals always add up.
 */
@ApplicationScoped
public class AxisItems {

    /** The integration phases, and closed (a phase a case reaches, never one it is open in). */
    private static final List<String> PHASES = Stream
            .concat(Arrays.stream(IntegrationPhase.values()).map(Enum::name), Stream.of("CLOSED")).toList();
    private static final List<String> AUTHORITIES = List.of("JUGENDAMT", "SOZIALAMT", "JOBCENTER",
            "AUSLAENDERBEHOERDE");

    /** Joins the sub-region of the municipality m, as s. */
    private static final String SUBREGION = " join subregion s on s.id = m.subregion_id where true";
    private static final AreaList SUBREGIONS = new AreaList("select s.code, s.name from subregion s where true",
            "order by s.code", false, false);
    private static final AreaList MUNICIPALITIES = new AreaList(
            "select cast(m.id as text), m.name from municipality m" + SUBREGION, "order by m.name", true, false);
    private static final AreaList QUARTERS = new AreaList("select cast(q.id as text), q.name from quarter q"
            + " join municipality m on m.id = q.municipality_id" + SUBREGION, "order by m.name, q.name", true, true);
    private static final AreaList ACCOMMODATIONS = new AreaList("select cast(a.id as text), a.name"
            + " from accommodation a join municipality m on m.id = a.municipality_id" + SUBREGION,
            "order by m.name, a.name", true, true);

    private final EntityManager entityManager;

    AxisItems(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Item> items(Dimension dimension, TableRequest request, Collection<String> counted) {
        Map<String, String> known = new LinkedHashMap<>();
        switch (dimension) {
            case SUBREGION -> areas(SUBREGIONS, request, known);
            case MUNICIPALITY -> areas(MUNICIPALITIES, request, known);
            case QUARTER -> areas(QUARTERS, request, known);
            case ACCOMMODATION -> areas(ACCOMMODATIONS, request, known);
            case MONTH -> {
                for (YearMonth month = request.from(); !month.isAfter(request.to()); month = month.plusMonths(1)) {
                    known.put(month.toString(), month.toString());
                }
            }
            case PHASE -> codes(request.indicator().measure() == Measure.OPEN_CASE
                    ? PHASES.subList(0, IntegrationPhase.values().length)
                    : PHASES, known);
            case AUTHORITY -> codes(AUTHORITIES, known);
            case NEED -> codes(NeedOffers.NEEDS, known);
            case GENDER -> {
                codes(Arrays.stream(Gender.values()).map(Enum::name).toList(), known);
                known.put("UNKNOWN", "UNKNOWN");
            }
            case AGE_BAND -> codes(Arrays.stream(AgeBand.values()).map(Enum::name).toList(), known);
            default -> {
                // referral states and offer categories: as counted
            }
        }
        List<Item> items = new ArrayList<>();
        known.forEach((key, label) -> items.add(new Item(key, label)));
        for (String key : new TreeSet<>(counted)) {
            if (!known.containsKey(key)) {
                items.add(new Item(key, key));
            }
        }
        return items;
    }

    /**
     * The query of one level of areas (key, name) with the sub-region as s.
     *
     * @param inMunicipality
     *            the level lies in municipalities (m), so a municipality filter applies
     * @param optional
     *            a case need not lie in one (quarters, accommodations): a row for those that do not
     */
    private record AreaList(String select, String order, boolean inMunicipality, boolean optional) {
    }

    /** Areas with their names, within the requested sub-region and municipality. */
    private void areas(AreaList list, TableRequest request, Map<String, String> known) {
        StringBuilder sql = new StringBuilder(list.select());
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (request.area().subregion() != null) {
            sql.append(" and s.code = :subregion");
            parameters.put("subregion", request.area().subregion());
        }
        if (request.area().municipalityId() != null && list.inMunicipality()) {
            sql.append(" and m.id = :municipality");
            parameters.put("municipality", request.area().municipalityId());
        }
        var query = entityManager.createNativeQuery(sql.append(' ').append(list.order()).toString(), Object[].class);
        parameters.forEach(query::setParameter);
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            known.put((String) row[0], (String) row[1]);
        }
        if (list.optional()) {
            known.put(Dimension.NONE, Dimension.NONE);
        }
    }

    private static void codes(List<String> codes, Map<String, String> known) {
        codes.forEach(code -> known.put(code, code));
    }
}
