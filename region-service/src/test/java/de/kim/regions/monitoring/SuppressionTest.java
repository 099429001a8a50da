package de.kim.regions.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import de.kim.regions.monitoring.service.Suppression;
import de.kim.regions.monitoring.service.Suppression.Mark;

/** Suppression checked by an independent attacker ({@link DisclosureAttack}), not by its own criterion. */
class SuppressionTest {

    private static final int THRESHOLD = 5;

    @Test
    void suppressesACellOfThreeSoThatNoCombinationOfPublishedCellsRevealsIt() {
        long[][] table = extended(new long[][]{{3, 8, 12}, {7, 9, 6}, {10, 5, 11}});

        Mark[][] marks = Suppression.apply(table, THRESHOLD);

        assertThat(marks[0][0]).isEqualTo(Mark.PRIMARY);
        DisclosureAttack attack = new DisclosureAttack(table, hidden(marks));
        assertThat(attack.reveals(0, 0)).isFalse();
        long[] interval = attack.interval(0, 0);
        assertThat(interval[0]).as("lowest value an outsider must allow").isLessThan(3);
        assertThat(interval[1]).as("highest value an outsider must allow").isGreaterThan(3);
    }

    @Test
    void attackerRecoversACellHiddenAlone() {
        long[][] table = extended(new long[][]{{3, 8, 12}, {7, 9, 6}, {10, 5, 11}});
        boolean[][] onlyTheThree = new boolean[4][4];
        onlyTheThree[0][0] = true;

        assertThat(new DisclosureAttack(table, onlyTheThree).reveals(0, 0)).isTrue();
    }

    @Test
    void hidesTotalsThatWouldGiveASmallCellAway() {
        // Row 0 is 4 + 0 + 0: its total alone would tell the 4.
        long[][] table = extended(new long[][]{{4, 0, 0}, {9, 7, 6}, {8, 12, 5}});

        Mark[][] marks = Suppression.apply(table, THRESHOLD);

        assertThat(marks[0][3]).isNotNull();
        assertThat(new DisclosureAttack(table, hidden(marks)).reveals(0, 0)).isFalse();
    }

    @Test
    void publishesEveryCountWhenNoneIsSmall() {
        long[][] table = extended(new long[][]{{5, 8, 0}, {7, 9, 6}});

        Mark[][] marks = Suppression.apply(table, THRESHOLD);

        for (Mark[] row : marks) {
            assertThat(row).containsOnlyNulls();
        }
    }

    @Test
    void randomTablesNeverRevealASuppressedCount() {
        Random random = new Random(20261202);
        int tables = 400;
        int primaries = 0;
        for (int t = 0; t < tables; t++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            long[][] inner = new long[rows][columns];
            for (long[] row : inner) {
                for (int j = 0; j < columns; j++) {
                    row[j] = random.nextInt(10) < 4 ? random.nextInt(5) : 5 + random.nextInt(40);
                }
            }
            long[][] table = extended(inner);
            Mark[][] marks = Suppression.apply(table, THRESHOLD);
            DisclosureAttack attack = new DisclosureAttack(table, hidden(marks));
            for (int i = 0; i < table.length; i++) {
                for (int j = 0; j < table[0].length; j++) {
                    boolean small = table[i][j] > 0 && table[i][j] < THRESHOLD;
                    assertThat(marks[i][j] == Mark.PRIMARY).isEqualTo(small);
                    if (small) {
                        primaries++;
                        assertThat(attack.reveals(i, j)).as("table %d entry %d,%d", t, i, j).isFalse();
                    }
                }
            }
        }
        assertThat(primaries).as("small counts in %d tables", tables).isGreaterThan(500);
    }

    /** The table with its row totals, column totals and grand total. */
    static long[][] extended(long[][] inner) {
        int rows = inner.length;
        int columns = inner[0].length;
        long[][] table = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                table[i][j] = inner[i][j];
                table[i][columns] += inner[i][j];
                table[rows][j] += inner[i][j];
                table[rows][columns] += inner[i][j];
            }
        }
        return table;
    }

    static boolean[][] hidden(Mark[][] marks) {
        boolean[][] hidden = new boolean[marks.length][marks[0].length];
        for (int i = 0; i < marks.length; i++) {
            for (int j = 0; j < marks[0].length; j++) {
                hidden[i][j] = marks[i][j] != null;
            }
        }
        return hidden;
    }
}
