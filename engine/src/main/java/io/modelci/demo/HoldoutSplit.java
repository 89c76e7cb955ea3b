package io.modelci.demo;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Assigns each row to train, validation or holdout by a seeded hash of its id.
 *
 * <p>A hash (not a shuffle) keeps a row's part stable when rows are added, removed or reordered, and lets any
 * language reproduce the split: SHA-256 of {@code "<seed>:<id>"} in UTF-8, the first 8 bytes read as an unsigned
 * big-endian number, divided by 2^64, gives a position u in [0, 1); {@code u < holdout} is holdout,
 * {@code u < holdout + validation} is validation, the rest is train. The Python example does the same.
 *
 * @param seed the split's seed; models compared with each other must share it
 * @param holdoutFraction the share of rows held out for evaluation
 * @param validationFraction the share of rows used for per-epoch validation metrics
 */
public record HoldoutSplit(@JsonProperty("seed") long seed,
        @JsonProperty("holdout_fraction") double holdoutFraction,
        @JsonProperty("validation_fraction") double validationFraction) {
    /** The split the examples use: seed 42, 20% holdout, 10% validation. */
    public static final HoldoutSplit DEFAULT = new HoldoutSplit(42, 0.2, 0.1);

    /** Where a row goes. */
    public enum Part { TRAIN, VALIDATION, HOLDOUT }

    public HoldoutSplit {
        if (holdoutFraction <= 0 || validationFraction < 0 || holdoutFraction + validationFraction >= 1) {
            throw new IllegalArgumentException("holdout (" + holdoutFraction + ") and validation ("
                    + validationFraction + ") fractions must be positive and add up to less than 1");
        }
    }

    public Part partOf(final String id) {
        double position = position(seed, id);
        if (position < holdoutFraction) {
            return Part.HOLDOUT;
        }
        return position < holdoutFraction + validationFraction ? Part.VALIDATION : Part.TRAIN;
    }

    /** The row's position in [0, 1), uniform over ids. */
    static double position(final long seed, final String id) {
        byte[] digest = sha256().digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        // Top 53 bits give an exactly representable double in [0, 1), the same in Python.
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
