package de.kim.regions.monitoring.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Statistical disclosure control for a two-way table of counts with its row totals, column totals and grand total.
 *
 * <p>
 * Primary suppression hides every count from 1 to threshold − 1 (a zero describes nobody). Complementary suppression
 * then hides further cells until no hidden count can be worked out from what is published: the table's row and column
 * sums are the only equations an outsider has, and a hidden cell is exactly recoverable unless it lies on a cycle of
 * hidden cells along which its value can move up and down while every published number stays the same and no count
 * goes below zero. That is what {@link #isProtected} checks; complements are chosen smallest first, from the hidden
 * cell's own row and column before others, so as little as possible is lost.
 *
 * <p>
 * The table is given extended: {@code values[m][*]} is the row of column totals, {@code values[*][n]} the column of row
 * totals, {@code values[m][n]} the grand total.
 */
public final class Suppression {

    public enum Mark {
        /** Under the threshold. */
        PRIMARY,
        /** Hidden so that a primary cell cannot be recovered by subtraction. */
        COMPLEMENTARY
    }

    private final long[][] values;
    private final Mark[][] marks;
    private final int rows;
    private final int columns;

    private Suppression(long[][] values, int threshold) {
        this.values = values;
        this.rows = values.length;
        this.columns = values[0].length;
        this.marks = new Mark[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (values[i][j] > 0 && values[i][j] < threshold) {
                    marks[i][j] = Mark.PRIMARY;
                }
            }
        }
    }

    /**
     * @return for each entry of the extended table: null when published, else why it is hidden
     */
    public static Mark[][] apply(long[][] extended, int threshold) {
        Suppression table = new Suppression(extended, threshold);
        table.complement();
        return table.marks;
    }

    private void complement() {
        for (int[] primary = unprotected(); primary != null; primary = unprotected()) {
            List<int[]> candidates = candidates(primary);
            if (candidates.isEmpty()) {
                return;
            }
            int[] chosen = candidates.get(0);
            for (int[] candidate : candidates) {
                marks[candidate[0]][candidate[1]] = Mark.COMPLEMENTARY;
                boolean enough = isProtected(primary[0], primary[1]);
                marks[candidate[0]][candidate[1]] = null;
                if (enough) {
                    chosen = candidate;
                    break;
                }
            }
            marks[chosen[0]][chosen[1]] = Mark.COMPLEMENTARY;
        }
    }

    private int[] unprotected() {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (marks[i][j] == Mark.PRIMARY && !isProtected(i, j)) {
                    return new int[]{i, j};
                }
            }
        }
        return null;
    }

    /** Published cells, those in the primary cell's own row and column first, non-zero before zero, smallest first. */
    private List<int[]> candidates(int[] primary) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (marks[i][j] == null) {
                    candidates.add(new int[]{i, j});
                }
            }
        }
        candidates.sort(Comparator
                .comparingInt((int[] c) -> c[0] == primary[0] || c[1] == primary[1] ? 0 : 1)
                .thenComparingInt(c -> values[c[0]][c[1]] == 0 ? 1 : 0)
                .thenComparingLong(c -> values[c[0]][c[1]]));
        return candidates;
    }

    /** Whether the hidden entry's value could be one higher and one lower without changing anything published. */
    boolean isProtected(int row, int column) {
        return canMove(row, column, 1) && canMove(row, column, -1);
    }

    /**
     * Row and column sums stay the same when the change runs around a cycle of hidden entries, alternately + and −
     * (totals count with the opposite sign in their own line). The entry can move by {@code sign} if such a cycle
     * exists in which nothing has to drop below zero: a search from the entry's column back to its row.
     */
    private boolean canMove(int row, int column, int sign) {
        if (!allows(row, column, sign)) {
            return false;
        }
        int nodes = rows + columns;
        boolean[] seen = new boolean[nodes];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(rows + column);
        seen[rows + column] = true;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            boolean atRow = node < rows;
            for (int other = 0; other < (atRow ? columns : rows); other++) {
                int i = atRow ? node : other;
                int j = atRow ? other : node - rows;
                int next = atRow ? rows + other : other;
                if (marks[i][j] == null || (i == row && j == column) || seen[next]
                        || !allows(i, j, atRow ? sign : -sign)) {
                    continue;
                }
                if (next == row) {
                    return true;
                }
                seen[next] = true;
                queue.add(next);
            }
        }
        return false;
    }

    /** A change of the entry by {@code step} in its line's terms: a total moves against its cells. */
    private boolean allows(int i, int j, int step) {
        boolean total = (i == rows - 1) != (j == columns - 1);
        int change = total ? -step : step;
        return change > 0 || values[i][j] >= 1;
    }
}
