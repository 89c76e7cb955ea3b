package io.modelci.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics of the rows that share one value of a slice column.
 *
 * @param rows the rows in the slice
 * @param tooSmall whether the slice had fewer rows than the minimum and was not evaluated
 * @param metrics the metric suite on the slice (empty when too small)
 */
public record SliceResult(long rows, boolean tooSmall, Map<String, Double> metrics) {
    public SliceResult {
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    }
}
