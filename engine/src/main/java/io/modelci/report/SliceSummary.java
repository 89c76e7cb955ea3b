package io.modelci.report;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One slice of an evaluation.
 *
 * @param rows the rows in the slice
 * @param metrics its metrics; empty when the slice was too small to evaluate
 */
public record SliceSummary(long rows, SortedMap<String, Double> metrics) {
    public SliceSummary {
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics == null ? new TreeMap<>() : metrics));
    }

    /** The metric's value, or NaN when absent. */
    public double metric(final String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NaN : value;
    }
}
