package io.modelci.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/**
 * The checks' results as JSON and as text, the same for the command line and the build page. The JSON carries a
 * flat {@code metrics} object like a metrics file, plus what a person needs to act on it.
 */
public final class CheckReports {
    private CheckReports() {
    }

    /** {@code {"check":"golden","target":...,"metrics":{...},"mismatches":[{line,reason,input,expected,actual}]}}. */
    public static ObjectNode goldenJson(final GoldenReport report) {
        ObjectNode root = MetricsFile.JSON.createObjectNode();
        root.put("check", "golden");
        root.put("target", report.target());
        root.set("metrics", MetricsFile.toJson(report.metrics()).get("metrics"));
        ArrayNode mismatches = root.putArray("mismatches");
        for (Mismatch mismatch : report.firstMismatches()) {
            ObjectNode node = mismatches.addObject();
            node.put("line", mismatch.line());
            node.put("reason", mismatch.reason());
            node.set("input", mismatch.input());
            node.set("expected", mismatch.expected());
            node.set("actual", mismatch.actual());
        }
        return root;
    }

    /** {@code {"check":"load","url":...,"settings":{rate,scheduled_requests,concurrency,timeout_ms},"metrics":{...}}}. */
    public static ObjectNode loadJson(final LoadOptions options, final LoadReport report) {
        ObjectNode root = MetricsFile.JSON.createObjectNode();
        root.put("check", "load");
        root.put("url", report.url());
        ObjectNode settings = root.putObject("settings");
        settings.put("rate", options.rate());
        settings.put("scheduled_requests", report.scheduled());
        settings.put("concurrency", options.concurrency());
        settings.put("timeout_ms", options.timeout().toMillis());
        root.set("metrics", MetricsFile.toJson(report.metrics()).get("metrics"));
        return root;
    }

    /** Pretty-printed JSON text. */
    public static String toText(final ObjectNode json) {
        try {
            return MetricsFile.JSON.writeValueAsString(json);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The golden check for people: a summary line, then each shown mismatch with its input, expected and actual. */
    public static String goldenText(final GoldenReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "golden check against %s: %d rows, %d mismatch%s%s%n", report.target(),
                report.rows(), report.mismatches(), report.mismatches() == 1 ? "" : "es",
                report.failures() > 0 ? " (" + report.failures() + " unanswered)" : ""));
        for (Mismatch mismatch : report.firstMismatches()) {
            text.append(String.format(Locale.ROOT, "  line %d: %s%n", mismatch.line(), mismatch.reason()));
            text.append(String.format(Locale.ROOT, "    input:    %s%n", mismatch.input()));
            text.append(String.format(Locale.ROOT, "    expected: %s%n", mismatch.expected()));
            text.append(String.format(Locale.ROOT, "    actual:   %s%n",
                    mismatch.actual() == null ? "(none)" : mismatch.actual()));
        }
        if (report.mismatches() > report.firstMismatches().size()) {
            text.append(String.format(Locale.ROOT, "  ... and %d more%n",
                    report.mismatches() - report.firstMismatches().size()));
        }
        return text.append(report.passed() ? "PASS" : "FAIL").append(System.lineSeparator()).toString();
    }

    /** The load check for people: what was sent, the latency percentiles, throughput and failures. */
    public static String loadText(final LoadOptions options, final LoadReport report) {
        Map<String, Double> m = report.metrics();
        double rate = options.rate();
        String rateText = rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
        return String.format(Locale.ROOT, "load check against %s: %d requests at %s/s, concurrency %d, %.1f s%n",
                report.url(), report.sent(), rateText, options.concurrency(), report.elapsedNanos() / 1e9)
                + String.format(Locale.ROOT,
                "  latency ms (from intended send): p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f%n",
                m.get("latency_p50_ms"), m.get("latency_p90_ms"), m.get("latency_p99_ms"), m.get("latency_p999_ms"),
                m.get("latency_max_ms"))
                + String.format(Locale.ROOT, "  throughput %.1f rps, error rate %.2f%%, timeouts %d, not sent %d%n",
                m.get("throughput_rps"), m.get("error_rate") * 100, report.timeouts(), report.notSent());
    }
}
