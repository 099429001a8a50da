package de.kim.regions.monitoring.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A table of counts with its totals, small counts suppressed.
 *
 * @param cells
 *            one list per row, in the order of {@code rows.items}, each in the order of {@code columns.items}
 * @param period
 *            the months counted, for flows; null for stocks (cases open now)
 */
@Schema(description = "A monitoring table: counts by two dimensions with row, column and grand totals. Counts from 1"
        + " to threshold − 1 are suppressed, and so are further cells where subtracting published cells would reveal"
        + " them; a suppressed cell has no value. Which of the two a suppressed cell is stays unsaid: that alone would"
        + " narrow it down. Published counts other than 0 are moved by −2 … +2 by the cell-key method (the same cases"
        + " always read the same), so totals need not equal the sum of their cells.")
public record MonitoringTable(String indicator, Axis rows, Axis columns, List<List<Cell>> cells, List<Cell> rowTotals,
        List<Cell> columnTotals, Cell total, int threshold, Period period, int suppressedCells) {

    /** @param dimension e.g. quarter, phase, month */
    public record Axis(String dimension, List<Item> items) {
    }

    /**
     * @param key
     *            an id, code or month ({@code NONE}: no value, e.g. a case in no quarter)
     * @param label
     *            the area's name; codes and months as they are
     */
    public record Item(String key, String label) {
    }

    /**
     * @param value
     *            null when suppressed
     * @param averageDays
     *            phases-reached only: average days from opening, null when suppressed
     */
    public record Cell(Long value, Double averageDays, boolean suppressed) {

        public static Cell hidden() {
            return new Cell(null, null, true);
        }
    }

    /** Whole months, e.g. 2026-01 to 2026-12. */
    public record Period(String from, String to) {
    }
}
