package de.kim.regions.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The noise of the cell-key method: small, unbiased, never below the threshold, nothing for zero. */
class CellKeyTest {

    @Test
    void movesCountsByAtMostTwoWithoutBias() {
        Random random = new Random(7);
        int samples = 20_000;
        long moved = 0;
        long unchanged = 0;
        for (int n = 0; n < samples; n++) {
            long keys = random.nextLong(CellKey.MODULUS * 40);
            long published = CellKey.perturb(100, keys, 5);
            assertThat(published).isBetween(98L, 102L);
            moved += published - 100;
            unchanged += published == 100 ? 1 : 0;
        }
        assertThat((double) moved / samples).isCloseTo(0.0, within(0.05));
        assertThat((double) unchanged / samples).isCloseTo(0.5, within(0.02));
    }

    @Test
    void keepsZeroAndNeverPublishesASmallCount() {
        for (long keys = 0; keys < CellKey.MODULUS; keys += CellKey.MODULUS / 100) {
            assertThat(CellKey.perturb(0, keys, 5)).isZero();
            assertThat(CellKey.perturb(5, keys, 5)).isBetween(5L, 7L);
        }
    }

    @Test
    void givesTheSameCountForTheSameCases() {
        long keys = CellKey.recordKey("9f86d081884c7d65") + CellKey.recordKey("2c26b46b68ffc68f");
        assertThat(CellKey.perturb(42, keys, 5)).isEqualTo(CellKey.perturb(42, keys, 5));
    }
}
