package io.modelci.demo;

import io.modelci.run.RunListener;
import io.modelci.run.RunSpec;
import io.modelci.run.TrainingRun;
import io.modelci.run.TrainingRunner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the demo's trainer and scorer as separate processes through the training-run engine, exactly as
 * {@code modelci train} runs a user's command: output logged, metrics read, artifacts hashed, lineage probed.
 */
final class DemoProcesses {
    static final String TRAINER = "io.modelci.cli.demo.TrainMain";
    static final String SCORER = "io.modelci.cli.demo.ScoreMain";
    /** Relative to the working folder, so the data fingerprint is the same in every folder and on every machine. */
    static final String DATA = "data/churn.csv";

    private final DemoSettings settings;

    DemoProcesses(final DemoSettings settings) {
        this.settings = settings;
    }

    /** Trains {@code candidate} into {@code runs/v<version>}: model.json, metrics.json, predictions.csv. */
    TrainingRun train(final int version, final DemoCandidate candidate) throws IOException {
        String out = runFolder(version);
        List<String> argv = new ArrayList<>(settings.java());
        argv.addAll(List.of(TRAINER, "--data", DATA, "--out", out));
        argv.addAll(candidate.trainerArgs());
        RunSpec.Builder spec = RunSpec.builder().model(DemoSettings.MODEL).command(argv)
                .workingDir(settings.workdir()).metricFile(out + "/metrics.json").data(DATA)
                .artifact(out + "/model.json").artifact(out + "/metrics.json").artifact(out + "/predictions.csv")
                .logFile(out + "/train.log").param("candidate", candidate.name());
        params(candidate.trainerArgs(), spec);
        return TrainingRunner.run(spec.build(), RunListener.NONE);
    }

    /** Scores the holdout rows with another version's model file into {@code runs/v<version>/<file>}. */
    TrainingRun score(final int version, final Path modelFile, final String file) throws IOException {
        String out = runFolder(version) + "/" + file;
        List<String> argv = new ArrayList<>(settings.java());
        argv.addAll(List.of(SCORER, "--model", modelFile.toString(), "--data", DATA, "--out", out));
        RunSpec spec = RunSpec.builder().model(DemoSettings.MODEL).command(argv).workingDir(settings.workdir())
                .data(DATA).artifact(out).logFile(runFolder(version) + "/score.log").build();
        return TrainingRunner.run(spec, RunListener.NONE);
    }

    static String runFolder(final int version) {
        return "runs/v" + version;
    }

    /** {@code --bins 10 --epochs 30} becomes the recorded parameters bins=10, epochs=30. */
    private static void params(final List<String> args, final RunSpec.Builder spec) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                spec.param(arg.substring(2).replace('-', '_'), args.get(++i));
            }
        }
    }
}
