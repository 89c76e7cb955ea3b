package io.modelci.demo;

import io.modelci.InputException;
import io.modelci.eval.EvaluationJson;
import io.modelci.eval.EvaluationOptions;
import io.modelci.eval.EvaluationResult;
import io.modelci.eval.Evaluator;
import io.modelci.eval.Interval;
import io.modelci.eval.Predictions;
import io.modelci.eval.PredictionsReader;
import io.modelci.eval.ReadOptions;
import io.modelci.eval.Task;
import io.modelci.gate.Check;
import io.modelci.gate.Decision;
import io.modelci.gate.EvaluatedPairs;
import io.modelci.gate.Gate;
import io.modelci.gate.MetricSet;
import io.modelci.gate.Policy;
import io.modelci.gate.Verdict;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.Artifact;
import io.modelci.registry.Audit;
import io.modelci.registry.Expected;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.NewVersion;
import io.modelci.registry.Registry;
import io.modelci.run.TrainingRun;
import io.modelci.run.TrainingRunJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The champion/challenger story of {@code modelci demo}, end to end, on the engine alone: trains each candidate of
 * the round as a separate process, evaluates it on the holdout rows with bootstrap intervals, registers it, scores
 * the champion on the same rows, lets the gate decide under the policy, promotes with compare-and-set (the verdict
 * in the audit history) or leaves the candidate rejected, and writes the report. A second run in the same folder
 * continues with the next round against the champion it finds.
 */
public final class DemoStory {
    /** The evaluation's name in the registry. */
    public static final String EVALUATION = "holdout";
    private static final String ROUND_TAG = "demo.round";

    /** Hears one line per finished stage, already prefixed with the elapsed time. */
    @FunctionalInterface
    public interface Progress {
        /** A stage finished. */
        void stage(String line);
    }

    private final DemoSettings settings;
    private final Progress progress;
    private final DemoProcesses processes;
    private long started;

    public DemoStory(final DemoSettings settings, final Progress progress) {
        this.settings = settings;
        this.progress = progress;
        this.processes = new DemoProcesses(settings);
    }

    /** Runs the next round of the story in the settings' working folder. */
    public DemoOutcome run() throws IOException {
        started = System.nanoTime();
        requireFile(settings.data(), "the demo data set");
        requireFile(settings.policy(), "the promotion policy");
        Policy policy = Policy.parse(settings.policy());
        prepareFolder();
        try (JdbcRegistry registry = JdbcRegistry.openFolder(settings.registryFolder())) {
            int round = nextRound(registry);
            List<DemoCandidate> plan = DemoPlan.round(round);
            int first = nextVersion(registry);
            say(round == 1
                    ? String.format(Locale.ROOT, "fresh working folder %s with its own registry (%s); "
                            + "round 1 trains v1..v%d on %s", settings.workdir(),
                            settings.workdir().relativize(settings.registryFolder()), plan.size(),
                            settings.data().getFileName())
                    : String.format(Locale.ROOT, "round %d continues the story: champion is v%d; training v%d..v%d",
                            round, registry.resolve(DemoSettings.MODEL, Registry.CHAMPION).orElse(0), first,
                            first + plan.size() - 1));
            List<DemoStep> steps = new ArrayList<>();
            for (DemoCandidate candidate : plan) {
                steps.add(step(registry, policy, round, candidate));
            }
            List<ModelVersion> versions = registry.listVersions(DemoSettings.MODEL);
            List<AliasEvent> history = registry.aliasHistory(DemoSettings.MODEL, Registry.CHAMPION);
            int champion = registry.resolve(DemoSettings.MODEL, Registry.CHAMPION)
                    .orElseThrow(() -> new DemoFailure("no champion after the round: the first model was rejected"));
            Path report = new DemoReport(settings).write(versions, history, champion,
                    steps.stream().map(DemoStep::version).toList());
            say("report written: " + settings.workdir().relativize(report));
            return new DemoOutcome(round, steps, versions, champion, history, report, elapsedMillis());
        }
    }

    private DemoStep step(final JdbcRegistry registry, final Policy policy, final int round,
            final DemoCandidate candidate) throws IOException {
        int version = nextVersion(registry);
        Optional<ModelVersion> champion = registry.resolveVersion(DemoSettings.MODEL, Registry.CHAMPION);
        Path runDir = settings.workdir().resolve(DemoProcesses.runFolder(version));
        deleteLeftovers(runDir);
        Files.createDirectories(runDir);
        String championFile = champion.map(c -> "champion-v" + c.version() + ".csv").orElse(null);
        // The champion is scored while the challenger trains: two processes, two cores.
        CompletableFuture<TrainingRun> scoring = champion.map(c -> CompletableFuture.supplyAsync(
                () -> score(version, modelFile(c), championFile))).orElse(null);

        TrainingRun run = processes.train(version, candidate);
        succeeded(run, "training v" + version, runDir.resolve("train.log"));
        TrainingRunJson.write(runDir.resolve("run.json"), run);
        say(String.format(Locale.ROOT, "v%d trained (%s): holdout_auc=%.3f (epochs %s, %.1fs)", version,
                candidate.name(), run.metrics().value("holdout_auc").orElse(Double.NaN),
                run.metrics().params().getOrDefault("epochs", "?"),
                run.durationMillis() / 1000.0));

        ModelVersion registered = registry.register(DemoSettings.MODEL, NewVersion.ofRun(run, settings.who(), null,
                Map.of(ROUND_TAG, Integer.toString(round), "demo.candidate", candidate.name(),
                        "demo.options", candidate.options(), "demo.story", candidate.story()),
                "telecom churn classifier of the modelci demo"));
        if (registered.version() != version) {
            throw new DemoFailure("another process registered " + DemoSettings.MODEL + " version " + version
                    + " at the same time; run the demo in a folder of its own");
        }

        List<String> slices = sliceColumns(policy);
        Predictions challenger = PredictionsReader.read(runDir.resolve("predictions.csv"), readOptions(slices));
        EvaluationResult evaluation = evaluate(challenger, runDir.resolve("evaluation.json"));
        registry.attachEvaluation(DemoSettings.MODEL, version, EVALUATION, evaluation.datasetSha256(),
                evaluation.metrics());
        Verdict verdict;
        if (champion.isPresent()) {
            int was = champion.get().version();
            TrainingRun scored = join(scoring);
            succeeded(scored, "scoring champion v" + was, runDir.resolve("score.log"));
            Predictions championPredictions = PredictionsReader.read(runDir.resolve(championFile),
                    readOptions(List.of()));
            EvaluationResult championEvaluation = evaluate(championPredictions,
                    runDir.resolve("champion-evaluation.json"));
            say(String.format(Locale.ROOT, "v%d evaluated on %d holdout rows: roc_auc %s; champion v%d on the "
                    + "same rows: %s", version, evaluation.rows(), withInterval(evaluation, "roc_auc"), was,
                    withInterval(championEvaluation, "roc_auc")));
            verdict = Gate.compare(policy, EvaluatedPairs.of(challenger, championPredictions));
        }
        else {
            say(String.format(Locale.ROOT, "v%d evaluated on %d holdout rows: roc_auc %s; no champion yet",
                    version, evaluation.rows(), withInterval(evaluation, "roc_auc")));
            verdict = Gate.first(policy, MetricSet.fromEvaluation(evaluation));
        }
        Files.writeString(runDir.resolve("verdict.json"), verdict.toJson(), StandardCharsets.UTF_8);
        say(String.format(Locale.ROOT, "v%d gate: %s, %s", version, verdict.decision(), gateSummary(verdict)));

        boolean promoted = false;
        if (verdict.promotes()) {
            Optional<Integer> expected = champion.map(ModelVersion::version);
            registry.moveAlias(DemoSettings.MODEL, Registry.CHAMPION, version, Expected.of(expected),
                    Audit.of(settings.who(), promotionReason(verdict, evaluation)).withVerdict(verdict.toJson()));
            promoted = true;
            say(String.format(Locale.ROOT, "v%d promoted to champion (compare-and-set, expected %s)", version,
                    expected.map(v -> "v" + v).orElse("no champion")));
        }
        else {
            registry.tag(DemoSettings.MODEL, version, "gate", "REJECT");
            say(String.format(Locale.ROOT, "v%d stays a candidate; champion stays v%d", version,
                    champion.map(ModelVersion::version).orElse(0)));
        }
        boolean asExpected = switch (candidate.expectation()) {
            case PROMOTE -> promoted;
            case REJECT -> !promoted;
            case EITHER -> true;
        };
        return new DemoStep(version, candidate, champion.map(ModelVersion::version).orElse(null), evaluation,
                verdict, promoted, asExpected, run.durationMillis());
    }

    /** Who, why and on which evaluation, in one line for the audit history. */
    static String promotionReason(final Verdict verdict, final EvaluationResult evaluation) {
        // The first model's reason already says why; a promotion over a champion names the headline check's proof.
        String headline = verdict.checks().isEmpty() || verdict.decision() == Decision.PROMOTE_FIRST ? ""
                : "; " + verdict.checks().get(0).reason();
        String sha = evaluation.datasetSha256() == null ? "" : ", sha256 " + evaluation.datasetSha256().substring(0, 12);
        return "modelci demo: gate " + verdict.decision() + " on evaluation '" + EVALUATION + "' ("
                + evaluation.rows() + " rows" + sha + "): " + verdict.reason() + headline;
    }

    /** The verdict in a few words: how many checks held or failed, and the headline check's reason. */
    static String gateSummary(final Verdict verdict) {
        long failed = verdict.checks().stream().filter(c -> !c.passed()).count();
        String count = failed == 0 ? verdict.checks().size() + " of " + verdict.checks().size() + " checks hold"
                : failed + " of " + verdict.checks().size() + " checks failed";
        if (verdict.checks().isEmpty() || verdict.decision() == Decision.PROMOTE_FIRST) {
            return verdict.reason();
        }
        return count + "; " + verdict.checks().get(0).reason();
    }

    private TrainingRun score(final int version, final Path modelFile, final String file) {
        try {
            return processes.score(version, modelFile, file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EvaluationResult evaluate(final Predictions predictions, final Path json) throws IOException {
        EvaluationResult result = Evaluator.evaluate(predictions, EvaluationOptions.defaults()
                .withBootstrap(settings.bootstrap(), 0.95, 42).withThreads(2));
        Files.writeString(json, EvaluationJson.write(result, true) + "\n", StandardCharsets.UTF_8);
        return result;
    }

    private static ReadOptions readOptions(final List<String> slices) {
        return ReadOptions.of(Task.BINARY).withLabelColumn("label").withScoreColumn("score").withPositiveLabel("1")
                .withIdColumn("id").withSliceBy(slices);
    }

    /** The policy's slice columns, and area_code for the report's slice chart. */
    private static List<String> sliceColumns(final Policy policy) {
        Set<String> columns = new LinkedHashSet<>();
        for (Check check : policy.checks()) {
            columns.addAll(check.slices());
        }
        columns.add("area_code");
        return new ArrayList<>(columns);
    }

    private static Path modelFile(final ModelVersion version) {
        return version.artifacts().stream().map(Artifact::uri).filter(uri -> uri.endsWith("model.json"))
                .map(Path::of).findFirst()
                .orElseThrow(() -> new DemoFailure("champion v" + version.version() + " has no model.json artifact"));
    }

    private static TrainingRun join(final CompletableFuture<TrainingRun> future) throws IOException {
        try {
            return future.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static void succeeded(final TrainingRun run, final String what, final Path log) throws IOException {
        if (run.succeeded()) {
            return;
        }
        List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        String tail = String.join("\n  ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        throw new DemoFailure(what + " failed: " + run.reason() + " (log: " + log + ")"
                + (tail.isEmpty() ? "" : "\n  " + tail));
    }

    private static String withInterval(final EvaluationResult evaluation, final String metric) {
        double value = evaluation.metric(metric).orElse(Double.NaN);
        Optional<Interval> interval = evaluation.interval(metric);
        return interval.map(i -> String.format(Locale.ROOT, "%.3f [95%% CI %.3f, %.3f]", value, i.low(), i.high()))
                .orElse(String.format(Locale.ROOT, "%.3f", value));
    }

    private static int nextVersion(final Registry registry) {
        return registry.listVersions(DemoSettings.MODEL).stream().mapToInt(ModelVersion::version).max().orElse(0)
                + 1;
    }

    /** One more than the last round recorded on the versions; a version without the tag counts as round 1. */
    private static int nextRound(final Registry registry) {
        return registry.listVersions(DemoSettings.MODEL).stream()
                .mapToInt(v -> parseRound(v.tags().get(ROUND_TAG))).max().orElse(0) + 1;
    }

    private static int parseRound(final String tag) {
        try {
            return tag == null ? 1 : Integer.parseInt(tag);
        }
        catch (NumberFormatException e) {
            return 1;
        }
    }

    private void prepareFolder() throws IOException {
        Files.createDirectories(settings.workdir().resolve("data"));
        Path data = settings.workdir().resolve(DemoProcesses.DATA);
        if (!Files.exists(data) || Files.size(data) != Files.size(settings.data())) {
            Files.copy(settings.data(), data, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(settings.policy(), settings.workdir().resolve("policy.yaml"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A folder left by an interrupted run for a version that was never registered. */
    private static void deleteLeftovers(final Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void requireFile(final Path file, final String what) {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "missing: " + what + " should be here (run from the repository root, "
                    + "or give its path)");
        }
    }

    private void say(final String line) {
        progress.stage(String.format(Locale.ROOT, "[%5.1fs] %s", elapsedMillis() / 1000.0, line));
    }

    private long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
