package io.modelci.cli;

import io.modelci.check.CheckReports;
import io.modelci.check.CommandTarget;
import io.modelci.check.GoldenCheck;
import io.modelci.check.GoldenComparator;
import io.modelci.check.GoldenReport;
import io.modelci.check.GoldenSet;
import io.modelci.check.HttpTarget;
import io.modelci.check.PredictionTarget;
import io.modelci.run.Durations;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code modelci check golden}: the model must reproduce known answers. Exit 1 when any row does not match. */
@Command(name = "golden", mixinStandardHelpOptions = true,
        description = {"Sends known inputs to the model and compares its answers with the expected outputs.",
                "Exit code 0 when every row matches, 1 when any does not."})
public final class CheckGoldenCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @Option(names = "--url", description = "HTTP endpoint: each input is POSTed as JSON, the JSON response is the answer.")
        private URI url;

        @Option(names = "--command", description = "Command that reads inputs as JSON Lines on standard input and "
                + "prints one JSON answer per line (run with sh -c).")
        private String command;
    }

    @Option(names = "--golden", required = true,
            description = "Golden file: JSON Lines {\"input\":{...},\"expected\":...} or CSV with 'expected' or 'expected_<field>' columns.")
    private Path golden;

    @Option(names = "--tolerance", defaultValue = "1e-6",
            description = "Absolute tolerance for numbers (default: ${DEFAULT-VALUE}).")
    private double tolerance;

    @Option(names = "--relative-tolerance", defaultValue = "0",
            description = "Relative tolerance for numbers; a number matches within either tolerance (default: ${DEFAULT-VALUE}).")
    private double relativeTolerance;

    @Option(names = "--field", description = "Answer field to compare with a scalar expected value (e.g. label).")
    private String field;

    @Option(names = "--timeout", defaultValue = "30s",
            description = "Per request for --url, for the whole run for --command (default: ${DEFAULT-VALUE}).")
    private String timeout;

    @Option(names = "--show", defaultValue = "5", description = "How many mismatches to show (default: ${DEFAULT-VALUE}).")
    private int show;

    @CommandLine.Mixin
    private CheckOutput output;

    @Override
    public Integer call() throws Exception {
        GoldenComparator comparator;
        try {
            comparator = new GoldenComparator(tolerance, relativeTolerance, field);
        }
        catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Duration limit = Durations.parse(timeout, "timeout");
        PredictionTarget model = target.url != null ? new HttpTarget(target.url, limit)
                : new CommandTarget(target.command, limit, null);
        GoldenReport report = new GoldenCheck(comparator, Math.max(0, show)).run(GoldenSet.read(golden), model);
        output.report(spec.commandLine().getOut(), report.metrics(), () -> CheckReports.goldenJson(report),
                () -> CheckReports.goldenText(report));
        return report.passed() ? ModelCi.EXIT_OK : ModelCi.EXIT_REJECTED;
    }
}
