package io.modelci.check;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a golden check.
 *
 * @param target the model under test, described
 * @param rows golden cases checked
 * @param mismatches cases answered wrongly or not at all
 * @param failures cases not answered at all (included in {@code mismatches})
 * @param firstMismatches the first few mismatches, in file order
 */
public record GoldenReport(String target, long rows, long mismatches, long failures, List<Mismatch> firstMismatches) {
    /** {@code golden_rows}, {@code golden_mismatches}, {@code golden_failures}, {@code golden_mismatch_rate}. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new TreeMap<>();
        metrics.put("golden_rows", (double) rows);
        metrics.put("golden_mismatches", (double) mismatches);
        metrics.put("golden_failures", (double) failures);
        metrics.put("golden_mismatch_rate", rows == 0 ? 0 : (double) mismatches / rows);
        return metrics;
    }

    public boolean passed() {
        return mismatches == 0;
    }
}
