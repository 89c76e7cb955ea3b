package io.modelci.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The canonical form of a policy that its hash is taken of: every setting spelled out, unset thresholds null. */
final class PolicyCanonicalForm {
    private PolicyCanonicalForm() {
    }

    static String of(final Policy policy) {
        return StableJson.writeCompact(toTree(policy));
    }

    static Map<String, Object> toTree(final Policy policy) {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<Object> checks = new ArrayList<>();
        for (Check check : policy.checks()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("metric", check.metric());
            node.put("direction", check.direction().label());
            node.put("min_improvement", orNull(check.minImprovement()));
            node.put("min_relative_improvement", orNull(check.minRelativeImprovement()));
            node.put("min_value", orNull(check.minValue()));
            node.put("max_value", orNull(check.maxValue()));
            node.put("max_regression", orNull(check.maxRegression()));
            node.put("significance", orNull(check.significance()));
            node.put("test", check.testOr(policy.test()).label());
            node.put("slices", check.slices());
            checks.add(node);
        }
        tree.put("checks", checks);
        tree.put("bootstrap", policy.bootstrap());
        tree.put("seed", policy.seed());
        tree.put("test", policy.test().label());
        tree.put("no_champion", policy.noChampion().label());
        tree.put("confidence", policy.confidence());
        tree.put("min_slice_size", policy.minSliceSize());
        return tree;
    }

    private static Double orNull(final double value) {
        return Double.isNaN(value) ? null : value;
    }
}
