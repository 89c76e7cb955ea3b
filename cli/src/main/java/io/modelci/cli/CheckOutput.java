package io.modelci.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.check.CheckReports;
import io.modelci.check.MetricsFile;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** The output options of the deployment checks: the metrics file for the gate, and JSON or text on stdout. */
final class CheckOutput {
    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Option(names = "--out", description = "Write the metrics file {\"metrics\":{...}} here.")
    private Path out;

    /** Writes the metrics file when asked for, then prints the result in the chosen form. */
    void report(final PrintWriter stdout, final Map<String, Double> metrics, final Supplier<ObjectNode> jsonForm,
            final Supplier<String> textForm) {
        if (out != null) {
            MetricsFile.write(out, metrics);
        }
        stdout.print(json ? CheckReports.toText(jsonForm.get()) + System.lineSeparator() : textForm.get());
        stdout.flush();
    }
}
