package io.modelci.check;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * The results of {@link ModelVerifier#verify()}; a check that was not asked for is null.
 *
 * @param golden the golden check's report, or null
 * @param loadOptions the load check's plan, or null
 * @param load the load check's report, or null
 */
public record VerificationResult(GoldenReport golden, LoadOptions loadOptions, LoadReport load) {
    /** Both checks' metrics in one flat map, as a metrics file holds them. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new TreeMap<>();
        if (golden != null) {
            metrics.putAll(golden.metrics());
        }
        if (load != null) {
            metrics.putAll(load.metrics());
        }
        return metrics;
    }

    /** False only when the golden check ran and found a mismatch; the load numbers are for the gate to judge. */
    public boolean goldenPassed() {
        return golden == null || golden.passed();
    }

    /** {@code {"metrics": {...}, "golden": {...}, "load": {...}}}, the parts present. */
    public ObjectNode toJson() {
        ObjectNode root = MetricsFile.toJson(metrics());
        if (golden != null) {
            root.set("golden", CheckReports.goldenJson(golden));
        }
        if (load != null) {
            root.set("load", CheckReports.loadJson(loadOptions, load));
        }
        return root;
    }

    /** The reports for people, golden first. */
    public String toText() {
        return (golden == null ? "" : CheckReports.goldenText(golden))
                + (load == null ? "" : CheckReports.loadText(loadOptions, load));
    }
}
