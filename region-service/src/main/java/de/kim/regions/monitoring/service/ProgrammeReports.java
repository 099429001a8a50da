package de.kim.regions.monitoring.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import de.kim.platform.problem.ApiProblem;
import de.kim.regions.monitoring.api.MonitoringTable;
import de.kim.regions.monitoring.api.MonitoringTable.Cell;
import de.kim.regions.monitoring.api.ProgrammeReport;
import de.kim.regions.monitoring.domain.Area;
import de.kim.regions.monitoring.domain.Dimension;
import de.kim.regions.monitoring.domain.Indicator;
import de.kim.regions.monitoring.domain.Measure;

/** The programme report of a sub-region: the monitoring tables it needs, for one period. */
@ApplicationScoped
public class ProgrammeReports {

    /** Before any case: counting from here counts everything up to a month. */
    private static final LocalDate EVER = LocalDate.of(2000, 1, 1);

    private final MonitoringTables tables;
    private final GapAnalysis gaps;
    private final EntityManager entityManager;
    private final MonitoringConfig config;

    ProgrammeReports(MonitoringTables tables, GapAnalysis gaps, EntityManager entityManager,
            MonitoringConfig config) {
        this.tables = tables;
        this.gaps = gaps;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional
    public ProgrammeReport report(String subregion, YearMonth from, YearMonth to) {
        List<?> names = entityManager.createNativeQuery("select name from subregion where code = ?1")
                .setParameter(1, subregion).getResultList();
        if (names.isEmpty()) {
            throw ApiProblem.invalid("subregion", "unknown", "no such sub-region");
        }
        Area area = new Area(subregion, null, null, null);
        long[] opened = count(Measure.CASE_OPENED, subregion, from, to);
        long[] closed = count(Measure.CASE_CLOSED, subregion, from, to);
        long[] everOpened = count(Measure.CASE_OPENED, subregion, null, to);
        long[] closedBefore = count(Measure.CASE_CLOSED, subregion, null, from.minusMonths(1));
        // A case counts in both or neither, so the keys subtract like the counts: active has its cases' cell key.
        long[] active = {everOpened[0] - closedBefore[0], everOpened[1] - closedBefore[1]};
        Cell[] cases = caseFigures(opened, closed, active, config.minCellCount());
        return new ProgrammeReport(new MonitoringTable.Item(subregion, (String) names.get(0)),
                new MonitoringTable.Period(from.toString(), to.toString()), config.minCellCount(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), cases[0], cases[1], cases[2],
                table(Indicator.OPEN_CASES, Dimension.MUNICIPALITY, Dimension.PHASE, area, null, null),
                table(Indicator.AUTHORITIES_JOINED, Dimension.AUTHORITY, null, area, from, to),
                table(Indicator.AUTHORITY_PARTICIPATION, Dimension.AUTHORITY, null, area, null, null),
                table(Indicator.REFERRALS, Dimension.OFFER_CATEGORY, Dimension.STATUS, area, from, to),
                gaps.gaps(Dimension.MUNICIPALITY, area));
    }

    private MonitoringTable table(Indicator indicator, Dimension rows, Dimension columns, Area area,
            YearMonth from, YearMonth to) {
        return tables.table(new TableRequest(indicator, rows, columns, area, from, to, Map.of()));
    }

    /**
     * The three case figures hang together: active = carried over + opened = closed + still open at the end. The
     * carried-over and still-open counts are not published, but anyone could subtract them, so each pair is protected
     * as a table whose total is the active count; a figure hidden by either pair stays hidden.
     *
     * @return opened, closed, active
     */
    static Cell[] caseFigures(long[] opened, long[] closed, long[] active, int threshold) {
        Suppression.Mark[][] byStart = Suppression.apply(pair(active[0] - opened[0], opened[0]), threshold);
        Suppression.Mark[][] byEnd = Suppression.apply(pair(closed[0], active[0] - closed[0]), threshold);
        return new Cell[]{figure(opened, byStart[0][1], threshold), figure(closed, byEnd[0][0], threshold),
                figure(active, byStart[0][2] != null ? byStart[0][2] : byEnd[0][2], threshold)};
    }

    /** Two counts and their sum as an extended table of one row. */
    private static long[][] pair(long first, long second) {
        long[] row = {first, second, first + second};
        return new long[][]{row, row.clone()};
    }

    /** @param count {count, keys} */
    private static Cell figure(long[] count, Suppression.Mark mark, int threshold) {
        return mark != null ? Cell.hidden() : new Cell(CellKey.perturb(count[0], count[1], threshold), null, false);
    }

    /** Cases counted in months from {@code from} (null: ever) to {@code to}, with the sum of their keys. */
    private long[] count(Measure measure, String subregion, YearMonth from, YearMonth to) {
        Object[] sums = (Object[]) entityManager.createNativeQuery("""
                select coalesce(sum(count), 0), coalesce(sum(key_sum), 0) from monitoring_count
                 where measure = ?1 and subregion = ?2 and month between ?3 and ?4
                """, Object[].class).setParameter(1, measure.name()).setParameter(2, subregion)
                .setParameter(3, from == null ? EVER : from.atDay(1)).setParameter(4, to.atDay(1)).getSingleResult();
        return new long[]{((Number) sums[0]).longValue(), ((Number) sums[1]).longValue()};
    }
}
