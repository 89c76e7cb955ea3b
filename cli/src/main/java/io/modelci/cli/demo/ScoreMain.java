package io.modelci.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelci.InputException;
import io.modelci.cli.ModelCi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.demo.CsvTable;
import io.modelci.demo.GoldenFiles;
import io.modelci.demo.JsonRowScorer;
import io.modelci.demo.LogisticModel;
import io.modelci.demo.ModelScorer;
import io.modelci.demo.Prediction;
import io.modelci.demo.PredictionsCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Scores data with a model file written by {@link TrainMain}.
 *
 * <p>CSV mode ({@code --data D.csv --out preds.csv}) writes {@code id,label,score,<slices>} for the model's
 * holdout rows (or all rows with {@code --all}): the same rows as the trainer's predictions, so a champion and a
 * challenger can be compared row by row. JSON Lines mode ({@code --jsonl}) reads one JSON object per line on
 * standard input and writes one {@code {"label":...,"score":...}} per line: a command for {@code modelci check golden}.
 * {@code --golden-out} and {@code --requests-out} write the inputs of the deployment checks from the same rows.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Scores a CSV file (or JSON Lines on standard input) with a demo model file.")
public final class ScoreMain implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "The model file (model.json from the trainer).")
    private Path modelFile;

    @Option(names = "--data", description = "CSV data to score (with the model's id column when it has one).")
    private Path data;

    @Option(names = "--out", description = "Where to write the predictions CSV.")
    private Path out;

    @Option(names = "--all", description = "Score every row, not only the model's holdout rows.")
    private boolean all;

    @Option(names = "--golden-out",
            description = "Also write a golden file: the first --limit rows with this model's answers (JSON Lines).")
    private Path goldenOut;

    @Option(names = "--requests-out",
            description = "Also write a request file for 'modelci check load': the first --limit rows' inputs.")
    private Path requestsOut;

    @Option(names = "--limit", defaultValue = "50",
            description = "Rows in --golden-out and --requests-out (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--jsonl",
            description = "Read JSON objects, one per line, on standard input; write one answer per line.")
    private boolean jsonLines;

    public static void main(final String[] args) {
        System.exit(DemoMains.execute(new ScoreMain(), args));
    }

    @Override
    public Integer call() throws IOException {
        LogisticModel model = LogisticModel.read(modelFile);
        if (jsonLines) {
            return scoreJsonLines(model);
        }
        if (data == null || out == null && goldenOut == null && requestsOut == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "CSV mode needs --data and one of --out, --golden-out, --requests-out (or use --jsonl)");
        }
        CsvTable table = CsvTable.read(data);
        if (out != null) {
            List<Prediction> predictions = ModelScorer.score(model, table, !all);
            PredictionsCsv.write(out, model.getDocument().sliceColumns(), predictions);
            spec.commandLine().getOut().println("scored " + predictions.size() + " rows into " + out);
        }
        if (goldenOut != null || requestsOut != null) {
            List<ObjectNode> inputs = GoldenFiles.inputs(model, table, !all, limit);
            if (goldenOut != null) {
                GoldenFiles.writeGolden(goldenOut, model, inputs);
                spec.commandLine().getOut().println("wrote " + inputs.size() + " golden rows into " + goldenOut);
            }
            if (requestsOut != null) {
                GoldenFiles.writeRequests(requestsOut, inputs);
                spec.commandLine().getOut().println("wrote " + inputs.size() + " requests into " + requestsOut);
            }
        }
        spec.commandLine().getOut().flush();
        return ModelCi.EXIT_OK;
    }

    private int scoreJsonLines(final LogisticModel model) throws IOException {
        JsonRowScorer scorer = new JsonRowScorer(model);
        PrintWriter stdout = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        long lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                stdout.println(JSON.writeValueAsString(scorer.score(JSON.readTree(line))));
            }
            catch (JsonProcessingException e) {
                throw new InputException("<stdin>", lineNumber, 0, null, "not JSON: " + e.getOriginalMessage());
            }
            catch (InputException e) {
                throw new InputException("<stdin>", lineNumber, 0, e.getField().orElse(null), e.getProblem());
            }
        }
        stdout.flush();
        return ModelCi.EXIT_OK;
    }
}
