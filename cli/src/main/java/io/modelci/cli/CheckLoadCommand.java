package io.modelci.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.InputException;
import io.modelci.check.Durations;
import io.modelci.check.LoadOptions;
import io.modelci.check.LoadReport;
import io.modelci.check.LoadTest;
import io.modelci.check.MetricsFile;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code modelci check load}: latency and errors at a fixed request rate. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Sends requests to an HTTP endpoint at a fixed rate (open model) and reports latency "
                + "percentiles measured from each request's intended send time, throughput, error rate and timeouts.",
                "Contacts only the host of --url; stops by itself after the duration or request count."})
public final class CheckLoadCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, description = "The endpoint to POST JSON to.")
    private URI url;

    @Option(names = "--requests-file", required = true,
            description = "Request bodies, one JSON value per line (JSON Lines), sent in order and cycled.")
    private Path requestsFile;

    @Option(names = "--rate", required = true, description = "Intended requests per second.")
    private double rate;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Length length;

    static final class Length {
        @Option(names = "--duration", description = "How long to send for, e.g. 30s or 2m.")
        private String duration;

        @Option(names = "--requests", description = "How many requests to send.")
        private Long requests;
    }

    @Option(names = "--concurrency", defaultValue = "64",
            description = "Most requests in flight; a due request waits for a slot and the wait counts as latency (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Option(names = "--timeout", defaultValue = "2s", description = "Per-request timeout (default: ${DEFAULT-VALUE}).")
    private String timeout;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Option(names = "--out", description = "Write the metrics file {\"metrics\":{...}} here.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Duration duration = length.duration == null ? null : Durations.parse(length.duration, "duration");
        long requests = length.requests == null ? 0 : length.requests;
        if (length.requests != null && requests < 1) {
            throw InputException.ofField("requests", "must be at least 1, found " + requests);
        }
        LoadOptions options = new LoadOptions(url, readBodies(requestsFile), rate, duration, requests, concurrency,
                Durations.parse(timeout, "timeout"));
        LoadReport report = new LoadTest(options).run();
        if (out != null) {
            MetricsFile.write(out, report.metrics());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(JSON.writeValueAsString(toJson(options, report)));
        }
        else {
            printText(stdout, options, report);
        }
        stdout.flush();
        return ModelCi.EXIT_OK;
    }

    /** Each non-blank line must be JSON; it is sent as written. */
    static List<byte[]> readBodies(final Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                mapper.readTree(line);
            }
            catch (JsonProcessingException e) {
                throw InputException.at(file, i + 1, 0, null, "not JSON: " + e.getOriginalMessage());
            }
            bodies.add(line.getBytes(StandardCharsets.UTF_8));
        }
        if (bodies.isEmpty()) {
            throw InputException.ofFile(file, "no request bodies; expected one JSON value per line");
        }
        return bodies;
    }

    private static ObjectNode toJson(final LoadOptions options, final LoadReport report) {
        ObjectNode root = JSON.createObjectNode();
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

    private static void printText(final PrintWriter stdout, final LoadOptions options, final LoadReport report) {
        Map<String, Double> m = report.metrics();
        stdout.printf(Locale.ROOT, "load check against %s: %d requests at %s/s, concurrency %d, %.1f s%n",
                report.url(), report.sent(), trim(options.rate()), options.concurrency(), report.elapsedNanos() / 1e9);
        stdout.printf(Locale.ROOT, "  latency ms (from intended send): p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f%n",
                m.get("latency_p50_ms"), m.get("latency_p90_ms"), m.get("latency_p99_ms"), m.get("latency_p999_ms"),
                m.get("latency_max_ms"));
        stdout.printf(Locale.ROOT, "  throughput %.1f rps, error rate %.2f%%, timeouts %d, not sent %d%n",
                m.get("throughput_rps"), m.get("error_rate") * 100, report.timeouts(), report.notSent());
    }

    private static String trim(final double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
