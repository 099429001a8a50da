package de.kim.regions.monitoring.service;

/**
 * The cell-key method (as the statistical offices use it for the 2022 census): every case carries a fixed random
 * record key, a cell's key is the sum of the keys of what it counts, and the published count is moved by −2 … +2 as
 * that key says. The same cases always give the same key, so a count reads the same in every table and query; two
 * overlapping queries subtracted give the difference of their counts plus the difference of their noise, never a
 * suppressed count for sure. Zeros stay zeros; nothing is moved below the threshold.
 */
public final class CellKey {

    /** Record keys are in [0, MODULUS); a cell key is their sum modulo it. */
    public static final long MODULUS = 1L << 31;
    /** Upper bounds of the cell key (as a fraction) for the noise −2, −1, 0, +1; above the last: +2. */
    private static final double[] BOUNDS = {0.05, 0.25, 0.75, 0.95};

    private CellKey() {
    }

    /** A case's record key, from its keyed hash (hex): uniform, fixed, and meaningless outside the ledger. */
    public static long recordKey(String sourceKey) {
        return Long.parseLong(sourceKey.substring(0, 8), 16) % MODULUS;
    }

    /** The count as published: moved by the noise its cell key gives, never to or below a suppressed count. */
    public static long perturb(long count, long keySum, int threshold) {
        if (count == 0) {
            return 0;
        }
        double key = (double) Math.floorMod(keySum, MODULUS) / MODULUS;
        int noise = 2;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (key < BOUNDS[i]) {
                noise = i - 2;
                break;
            }
        }
        return Math.max(threshold, count + noise);
    }
}
