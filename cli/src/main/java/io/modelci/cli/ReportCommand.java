package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.report.EvaluationSummary;
import io.modelci.report.HistoryReader;
import io.modelci.report.ReportInput;
import io.modelci.report.ReportInputReader;
import io.modelci.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code modelci report}: Markdown and HTML reports with charts from an evaluation, a verdict and a history. */
@Command(name = "report",
        description = {"Write report.md (for a pull-request comment), a self-contained report.html, and the charts "
                + "as PNG and SVG into a folder; print the paths written."},
        mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--evaluation", required = true, paramLabel = "FILE",
            description = "The challenger's evaluation: the JSON of 'modelci evaluate --json'.")
    private Path evaluation;

    @Option(names = "--champion-evaluation", paramLabel = "FILE",
            description = "The champion's evaluation on the same data, for side-by-side values and curves.")
    private Path championEvaluation;

    @Option(names = "--verdict", paramLabel = "FILE",
            description = "The gate's verdict: the JSON of 'modelci compare --json'.")
    private Path verdict;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Metric history for trend charts: JSON {\"points\": [{\"build\", \"version\", \"date\", "
                    + "\"metrics\", \"promoted\"}]} or CSV/TSV with a 'build' column (see docs/reports.md).")
    private Path history;

    @Option(names = "--learning-curves", paramLabel = "FILE",
            description = "Per-step training metrics: CSV/TSV with a 'step' or 'epoch' column (DVCLive style) or "
                    + "JSON {\"loss\": [..]}.")
    private Path learningCurves;

    @Option(names = "--lineage", paramLabel = "FILE",
            description = "Lineage of the model (commit, data fingerprint, image, params) as any JSON object.")
    private Path lineage;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: ${DEFAULT-VALUE}).",
            defaultValue = "Model report")
    private String title;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write into; created when missing, existing report files are replaced.")
    private Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "" + ReportWriter.DEFAULT_WIDTH,
            description = "Width of the wide charts in pixels (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "" + ReportWriter.DEFAULT_HEIGHT,
            description = "Height of a chart in pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Override
    public Integer call() {
        if (width < 200 || width > 4000) {
            throw InputException.ofField("--width", width + " is outside 200..4000 pixels");
        }
        if (height < 150 || height > 4000) {
            throw InputException.ofField("--height", height + " is outside 150..4000 pixels");
        }
        EvaluationSummary challenger = ReportInputReader.readEvaluation(evaluation);
        ReportInput input = new ReportInput(title, challenger,
                championEvaluation == null ? null : ReportInputReader.readEvaluation(championEvaluation),
                verdict == null ? null : ReportInputReader.readVerdict(verdict),
                history == null ? null : HistoryReader.readHistory(history),
                learningCurves == null ? null : HistoryReader.readLearningCurves(learningCurves),
                lineage == null ? null : ReportInputReader.readLineage(lineage));
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> written;
        try {
            written = ReportWriter.write(input, out, width, height);
        }
        catch (UncheckedIOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("modelci: " + e.getMessage());
            err.flush();
            return ModelCi.EXIT_FAILURE;
        }
        written.forEach(stdout::println);
        stdout.flush();
        return ModelCi.EXIT_OK;
    }
}
