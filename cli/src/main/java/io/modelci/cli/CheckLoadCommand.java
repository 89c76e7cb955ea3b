package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.check.CheckReports;
import io.modelci.check.LoadOptions;
import io.modelci.check.LoadReport;
import io.modelci.check.LoadTest;
import io.modelci.check.RequestBodies;
import io.modelci.run.Durations;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code modelci check load}: latency and errors at a fixed request rate. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Sends requests to an HTTP endpoint at a fixed rate (open model) and reports latency "
                + "percentiles measured from each request's intended send time, throughput, error rate and timeouts.",
                "Contacts only the host of --url; stops by itself after the duration or request count."})
public final class CheckLoadCommand implements Callable<Integer> {
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

    @CommandLine.Mixin
    private CheckOutput output;

    @Override
    public Integer call() throws Exception {
        Duration duration = length.duration == null ? null : Durations.parse(length.duration, "duration");
        long requests = length.requests == null ? 0 : length.requests;
        if (length.requests != null && requests < 1) {
            throw InputException.ofField("requests", "must be at least 1, found " + requests);
        }
        LoadOptions options = new LoadOptions(url, RequestBodies.read(requestsFile), rate, duration, requests, concurrency,
                Durations.parse(timeout, "timeout"));
        LoadReport report = new LoadTest(options).run();
        output.report(spec.commandLine().getOut(), report.metrics(), () -> CheckReports.loadJson(options, report),
                () -> CheckReports.loadText(options, report));
        return ModelCi.EXIT_OK;
    }
}
