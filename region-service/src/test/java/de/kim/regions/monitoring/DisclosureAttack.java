package de.kim.regions.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * What an outsider can work out from a published table, computed independently of the suppression algorithm: the
 * hidden entries are unknowns, each row and column of the extended table (cells minus their total) is an equation.
 * Linear algebra says which hidden entry a combination of published numbers pins down; enumerating the remaining
 * freedom says which values it can take without any count going below zero.
 */
final class DisclosureAttack {

    private static final double EPSILON = 1e-9;

    private final long[][] values;
    private final boolean[][] hidden;
    private final int rows;
    private final int columns;
    private final List<int[]> unknowns = new ArrayList<>();
    /** Reduced row echelon form of [A | b] over the unknowns. */
    private final List<double[]> echelon = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    /** @param values the extended table (last row and column: totals), true values, hidden ones included */
    DisclosureAttack(long[][] values, boolean[][] hidden) {
        this.values = values;
        this.hidden = hidden;
        this.rows = values.length;
        this.columns = values[0].length;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (hidden[i][j]) {
                    unknowns.add(new int[]{i, j});
                }
            }
        }
        reduce(equations());
    }

    /** Whether some combination of the published numbers yields the hidden entry exactly. */
    boolean reveals(int row, int column) {
        double[] target = new double[unknowns.size() + 1];
        target[index(row, column)] = 1;
        for (int r = 0; r < echelon.size(); r++) {
            double factor = target[pivots.get(r)];
            if (Math.abs(factor) > EPSILON) {
                for (int k = 0; k < target.length; k++) {
                    target[k] -= factor * echelon.get(r)[k];
                }
            }
        }
        for (int k = 0; k < unknowns.size(); k++) {
            if (Math.abs(target[k]) > EPSILON) {
                return false;
            }
        }
        return true;
    }

    /**
     * The smallest and largest value the hidden entry can have, given everything published and that no count is
     * negative: every integer choice of the free unknowns up to the grand total is tried.
     */
    long[] interval(int row, int column) {
        List<Integer> free = new ArrayList<>();
        for (int k = 0; k < unknowns.size(); k++) {
            if (!pivots.contains(k)) {
                free.add(k);
            }
        }
        if (free.size() > 3) {
            throw new IllegalStateException("too many free unknowns to enumerate: " + free.size());
        }
        long bound = values[rows - 1][columns - 1];
        long[] found = {Long.MAX_VALUE, Long.MIN_VALUE};
        enumerate(free, 0, new double[unknowns.size()], bound, index(row, column), found);
        return found;
    }

    private void enumerate(List<Integer> free, int position, double[] assignment, long bound, int target,
            long[] found) {
        if (position < free.size()) {
            for (long v = 0; v <= bound; v++) {
                assignment[free.get(position)] = v;
                enumerate(free, position + 1, assignment, bound, target, found);
            }
            return;
        }
        for (int r = 0; r < echelon.size(); r++) {
            double[] equation = echelon.get(r);
            double value = equation[unknowns.size()];
            for (int k : free) {
                value -= equation[k] * assignment[k];
            }
            if (value < -EPSILON || Math.abs(value - Math.rint(value)) > EPSILON) {
                return;
            }
            assignment[pivots.get(r)] = Math.rint(value);
        }
        long value = Math.round(assignment[target]);
        found[0] = Math.min(found[0], value);
        found[1] = Math.max(found[1], value);
    }

    private List<double[]> equations() {
        List<double[]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] equation = new double[unknowns.size() + 1];
            for (int j = 0; j < columns; j++) {
                term(equation, i, j, j == columns - 1 ? -1 : 1);
            }
            equations.add(equation);
        }
        for (int j = 0; j < columns; j++) {
            double[] equation = new double[unknowns.size() + 1];
            for (int i = 0; i < rows; i++) {
                term(equation, i, j, i == rows - 1 ? -1 : 1);
            }
            equations.add(equation);
        }
        return equations;
    }

    /** Adds coefficient × entry to the equation's left side, or moves a published entry to the right side. */
    private void term(double[] equation, int i, int j, int coefficient) {
        if (hidden[i][j]) {
            equation[index(i, j)] += coefficient;
        } else {
            equation[unknowns.size()] -= coefficient * values[i][j];
        }
    }

    private void reduce(List<double[]> equations) {
        int row = 0;
        for (int k = 0; k < unknowns.size() && row < equations.size(); k++) {
            int best = row;
            for (int r = row; r < equations.size(); r++) {
                if (Math.abs(equations.get(r)[k]) > Math.abs(equations.get(best)[k])) {
                    best = r;
                }
            }
            if (Math.abs(equations.get(best)[k]) < EPSILON) {
                continue;
            }
            double[] pivot = equations.set(best, equations.get(row));
            equations.set(row, pivot);
            double scale = pivot[k];
            for (int c = 0; c < pivot.length; c++) {
                pivot[c] /= scale;
            }
            for (int r = 0; r < equations.size(); r++) {
                double[] other = equations.get(r);
                if (r != row && Math.abs(other[k]) > EPSILON) {
                    double factor = other[k];
                    for (int c = 0; c < other.length; c++) {
                        other[c] -= factor * pivot[c];
                    }
                }
            }
            echelon.add(pivot);
            pivots.add(k);
            row++;
        }
    }

    private int index(int row, int column) {
        for (int k = 0; k < unknowns.size(); k++) {
            if (unknowns.get(k)[0] == row && unknowns.get(k)[1] == column) {
                return k;
            }
        }
        throw new IllegalArgumentException("entry " + row + "," + column + " is published");
    }
}
