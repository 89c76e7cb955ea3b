package io.modelci.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.InputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON form of a {@link Verdict}, both ways. */
final class VerdictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VerdictJson() {
    }

    static Map<String, Object> toTree(final Verdict verdict) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("decision", verdict.decision().name());
        tree.put("comparison", verdict.comparison().label());
        tree.put("unpaired", verdict.unpaired());
        tree.put("policy_hash", verdict.policyHash());
        tree.put("seed", verdict.seed());
        tree.put("bootstrap", verdict.bootstrap());
        tree.put("challenger_fingerprint", verdict.challengerFingerprint());
        tree.put("champion_fingerprint", verdict.championFingerprint());
        tree.put("reason", verdict.reason());
        List<Object> checks = new ArrayList<>();
        for (CheckResult check : verdict.checks()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("metric", check.metric());
            node.put("slice", check.slice());
            node.put("outcome", check.outcome().name());
            node.put("passed", check.passed());
            node.put("direction", check.direction().label());
            node.put("challenger", check.challenger());
            node.put("champion", check.champion());
            node.put("delta", check.delta());
            node.put("interval", check.intervalLow() == null ? null
                    : Map.of("low", check.intervalLow(), "high", check.intervalHigh(), "confidence",
                            check.confidence()));
            node.put("p_value", check.pValue());
            node.put("test", check.test());
            node.put("comparison", check.comparison().label());
            node.put("unpaired", check.comparison() == Comparison.UNPAIRED);
            node.put("rows", check.rows());
            node.put("reason", check.reason());
            checks.add(node);
        }
        tree.put("checks", checks);
        return tree;
    }

    static Verdict read(final String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        }
        catch (JsonProcessingException exception) {
            throw new InputException("verdict", exception.getLocation() == null ? 0
                    : exception.getLocation().getLineNr(), 0, null, "not valid JSON: " + exception.getOriginalMessage(),
                    exception);
        }
        if (root == null || !root.isObject()) {
            throw new InputException("verdict", 0, 0, null, "a verdict is a JSON object");
        }
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode check : root.path("checks")) {
            JsonNode interval = check.path("interval");
            boolean hasInterval = interval.isObject();
            checks.add(new CheckResult(text(check, "metric"), text(check, "slice"),
                    Outcome.valueOf(text(check, "outcome")),
                    Direction.valueOf(text(check, "direction").toUpperCase(Locale.ROOT)),
                    number(check.path("challenger")), number(check.path("champion")), number(check.path("delta")),
                    hasInterval ? number(interval.path("low")) : null,
                    hasInterval ? number(interval.path("high")) : null,
                    hasInterval ? number(interval.path("confidence")) : null,
                    number(check.path("p_value")), text(check, "test"), comparison(text(check, "comparison")),
                    check.path("rows").asLong(), text(check, "reason")));
        }
        return new Verdict(Decision.valueOf(text(root, "decision")), comparison(text(root, "comparison")), checks,
                text(root, "policy_hash"), root.path("seed").asLong(), root.path("bootstrap").asInt(),
                text(root, "challenger_fingerprint"), text(root, "champion_fingerprint"), text(root, "reason"));
    }

    private static Comparison comparison(final String label) {
        return Comparison.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static String text(final JsonNode node, final String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** Numbers, or the strings NaN/Infinity/-Infinity that stand for non-finite values; null stays null. */
    private static Double number(final JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return Double.valueOf(node.asText());
        }
        return node.asDouble();
    }
}
