package de.kim.regions.monitoring.api;

import java.util.List;

import de.kim.platform.api.CsvCells;
import de.kim.regions.monitoring.api.MonitoringTable.Cell;
import de.kim.regions.monitoring.api.MonitoringTable.Item;

/**
 * A monitoring table as CSV (RFC 4180), one line per cell and total, so spreadsheets and statistics tools read it
 * without knowing the table's shape. A suppressed cell has an empty value and true in the last column.
 */
final class TableCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String TOTAL = "TOTAL";

    private TableCsv() {
    }

    static String of(MonitoringTable table) {
        StringBuilder csv = new StringBuilder(table.rows().dimension()).append(",row_label,")
                .append(table.columns().dimension()).append(",column_label,value,suppressed\r\n");
        List<Item> rows = table.rows().items();
        List<Item> columns = table.columns().items();
        Item total = new Item(TOTAL, TOTAL);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                line(csv, rows.get(i), columns.get(j), table.cells().get(i).get(j));
            }
            line(csv, rows.get(i), total, table.rowTotals().get(i));
        }
        for (int j = 0; j < columns.size(); j++) {
            line(csv, total, columns.get(j), table.columnTotals().get(j));
        }
        line(csv, total, total, table.total());
        return csv.toString();
    }

    private static void line(StringBuilder csv, Item row, Item column, Cell cell) {
        csv.append(CsvCells.field(row.key())).append(',').append(CsvCells.field(row.label())).append(',')
                .append(CsvCells.field(column.key())).append(',').append(CsvCells.field(column.label())).append(',')
                .append(cell.value() == null ? "" : cell.value()).append(',')
                .append(cell.suppressed()).append("\r\n");
    }
}
