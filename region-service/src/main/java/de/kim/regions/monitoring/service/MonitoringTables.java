package de.kim.regions.monitoring.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import de.kim.platform.problem.ApiProblem;
import de.kim.regions.monitoring.api.MonitoringTable;
import de.kim.regions.monitoring.api.MonitoringTable.Axis;
import de.kim.regions.monitoring.api.MonitoringTable.Cell;
import de.kim.regions.monitoring.api.MonitoringTable.Item;
import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Measure;

/**
 * Reads a table of counts from monitoring_count and publishes it only after suppression (within the table: no hidden
 * count can be recovered from its sums) and perturbation by cell key (across tables and queries: differences of
 * published counts carry noise).
 */
@ApplicationScoped
public class MonitoringTables {

    /** The key of the single column of a table without a column breakdown. */
    public static final String COUNT = "COUNT";
    /** The most cells one table may have: suppression's search grows much faster than the table. */
    static final int MAX_CELLS = 2_500;

    private final EntityManager entityManager;
    private final AxisItems axisItems;
    private final MonitoringConfig config;

    MonitoringTables(EntityManager entityManager, AxisItems axisItems, MonitoringConfig config) {
        this.entityManager = entityManager;
        this.axisItems = axisItems;
        this.config = config;
    }

    @Transactional
    public MonitoringTable table(TableRequest request) {
        Map<String, Map<String, long[]>> counts = count(request);
        List<Item> rows = axisItems.items(request.rows(), request, counts.keySet());
        List<Item> columns = request.columns() == null
                ? List.of(new Item(COUNT, COUNT))
                : axisItems.items(request.columns(), request,
                        counts.values().stream().flatMap(c -> c.keySet().stream()).toList());
        if ((long) rows.size() * columns.size() > MAX_CELLS) {
            throw ApiProblem.invalid("rows", "too-large", "the table would have " + rows.size() * columns.size()
                    + " cells, more than " + MAX_CELLS + ": narrow the area or the period");
        }
        long[][][] sums = extended(counts, rows, columns);
        long[][] values = new long[rows.size() + 1][];
        for (int i = 0; i <= rows.size(); i++) {
            values[i] = Arrays.stream(sums[i]).mapToLong(sum -> sum[0]).toArray();
        }
        int threshold = config.minCellCount();
        Suppression.Mark[][] marks = Suppression.apply(values, threshold);
        boolean averages = request.indicator().measure() == Measure.PHASE_REACHED;
        Cell[][] cells = new Cell[rows.size() + 1][columns.size() + 1];
        int suppressed = 0;
        for (int i = 0; i <= rows.size(); i++) {
            for (int j = 0; j <= columns.size(); j++) {
                long[] sum = sums[i][j];
                if (marks[i][j] != null) {
                    suppressed++;
                    cells[i][j] = Cell.hidden();
                } else {
                    Double average = averages && sum[0] >= threshold && nothingHiddenIn(marks, i, j)
                            ? Math.round(10.0 * sum[1] / sum[0]) / 10.0
                            : null;
                    cells[i][j] = new Cell(CellKey.perturb(sum[0], sum[2], threshold), average, false);
                }
            }
        }
        List<List<Cell>> inner = new ArrayList<>();
        List<Cell> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            inner.add(List.of(cells[i]).subList(0, columns.size()));
            rowTotals.add(cells[i][columns.size()]);
        }
        List<Cell> columnTotals = List.of(cells[rows.size()]).subList(0, columns.size());
        return new MonitoringTable(request.indicator().path(),
                new Axis(request.rows().parameterName(), rows),
                new Axis(request.columns() == null ? "count" : request.columns().parameterName(), columns), inner,
                rowTotals, columnTotals, cells[rows.size()][columns.size()], threshold, period(request),
                suppressed);
    }

    /**
     * Whether the cells a total sums up are all published. An average of a total with hidden cells would give away the
     * days of those cells: the total's days minus the published cells' days.
     */
    private static boolean nothingHiddenIn(Suppression.Mark[][] marks, int row, int column) {
        int rows = marks.length - 1;
        int columns = marks[0].length - 1;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                boolean summed = (row == rows || row == i) && (column == columns || column == j);
                if (summed && marks[i][j] != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {count, days, keys} per cell of the table extended by its totals: suppression works on the true counts of all of
     * them, the cell keys of the totals are the sums of their cells' keys.
     */
    private static long[][][] extended(Map<String, Map<String, long[]>> counts, List<Item> rows, List<Item> columns) {
        long[][][] sums = new long[rows.size() + 1][columns.size() + 1][3];
        for (int i = 0; i < rows.size(); i++) {
            Map<String, long[]> row = counts.getOrDefault(rows.get(i).key(), Map.of());
            for (int j = 0; j < columns.size(); j++) {
                long[] cell = row.getOrDefault(columns.get(j).key(), new long[3]);
                for (int[] at : new int[][]{{i, j}, {rows.size(), j}, {i, columns.size()},
                        {rows.size(), columns.size()}}) {
                    for (int k = 0; k < 3; k++) {
                        sums[at[0]][at[1]][k] += cell[k];
                    }
                }
            }
        }
        return sums;
    }

    private static MonitoringTable.Period period(TableRequest request) {
        return request.from() == null
                ? null
                : new MonitoringTable.Period(request.from().toString(), request.to().toString());
    }

    /** Row key → column key → {count, days, keys}. */
    private Map<String, Map<String, long[]>> count(TableRequest request) {
        String rowKey = "coalesce(" + request.rows().column() + ", '" + Dimension.NONE + "')";
        String columnKey = request.columns() == null
                ? "'" + COUNT + "'"
                : "coalesce(" + request.columns().column() + ", '" + Dimension.NONE + "')";
        StringBuilder sql = new StringBuilder("select " + rowKey + ", " + columnKey
                + ", sum(c.count), sum(c.days), sum(c.key_sum)"
                + " from monitoring_count c left join monitoring_offer o on o.offer_id = c.offer_id"
                + " where c.measure = :measure");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("measure", request.indicator().measure().name());
        where(sql, parameters, request);
        sql.append(" group by 1, 2");
        Query query = entityManager.createNativeQuery(sql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            counts.computeIfAbsent((String) row[0], key -> new LinkedHashMap<>()).put((String) row[1],
                    new long[]{((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                            ((Number) row[4]).longValue()});
        }
        return counts;
    }

    private static void where(StringBuilder sql, Map<String, Object> parameters, TableRequest request) {
        Area area = request.area();
        if (area.subregion() != null) {
            sql.append(" and c.subregion = :subregion");
            parameters.put("subregion", area.subregion());
        }
        if (area.municipalityId() != null) {
            sql.append(" and c.municipality_id = :municipality");
            parameters.put("municipality", area.municipalityId());
        }
        if (area.quarterId() != null) {
            sql.append(" and c.quarter_id = :quarter");
            parameters.put("quarter", area.quarterId());
        }
        if (area.accommodationId() != null) {
            sql.append(" and c.accommodation_id = :accommodation");
            parameters.put("accommodation", area.accommodationId());
        }
        if (request.from() != null) {
            sql.append(" and c.month between :from and :to");
            parameters.put("from", request.from().atDay(1));
            parameters.put("to", request.to().atDay(1));
        }
        int n = 0;
        for (Map.Entry<Dimension, List<String>> filter : request.attributes().entrySet()) {
            String name = "attribute" + n++;
            sql.append(" and coalesce(").append(filter.getKey().column()).append(", '").append(Dimension.NONE)
                    .append("') in (:").append(name).append(')');
            parameters.put(name, filter.getValue());
        }
    }
}
