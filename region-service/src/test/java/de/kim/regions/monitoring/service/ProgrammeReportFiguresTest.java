package de.kim.regions.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.kim.regions.monitoring.api.MonitoringTable.Cell;

/** The report's case figures must not give away the small counts that lie between them. */
class ProgrammeReportFiguresTest {

    @Test
    void hidesAFigureWhenSubtractingTwoOthersWouldGiveASmallCount() {
        // 9 active = 2 carried over + 7 opened = 6 closed + 3 still open: the 2 and the 3 must stay unknown.
        Cell[] figures = ProgrammeReports.caseFigures(count(7), count(6), count(9), 5);

        boolean opened = !figures[0].suppressed();
        boolean closed = !figures[1].suppressed();
        boolean active = !figures[2].suppressed();
        assertThat(opened && active).as("carried over = active - opened").isFalse();
        assertThat(closed && active).as("still open = active - closed").isFalse();
    }

    @Test
    void publishesFiguresThatGiveNothingSmallAway() {
        Cell[] figures = ProgrammeReports.caseFigures(count(20), count(12), count(45), 5);

        assertThat(figures).extracting(Cell::value).containsExactly(20L, 12L, 45L);
    }

    /** A count whose cell key leaves it as it is. */
    private static long[] count(long value) {
        return new long[]{value, CellKey.MODULUS / 2};
    }
}
