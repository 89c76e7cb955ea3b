package io.modelci.gate;

import io.modelci.eval.PairedPredictions;
import io.modelci.eval.Predictions;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@link PairedRows} over the evaluation engine: rows aligned by the engine (by id, else by position), point
 * metrics from the engine's suite (so they are the numbers {@code modelci evaluate} prints), and paired bootstrap
 * deltas from the engine's resampling ({@link io.modelci.eval.PairedBinaryKernel} for the binary metrics it knows).
 */
public final class EvaluatedPairs implements PairedRows {
    private final PairedPredictions pairs;
    private final int threads;
    private Map<String, Double> challengerMetrics;
    private Map<String, Double> championMetrics;

    private EvaluatedPairs(final PairedPredictions pairs, final int threads) {
        this.pairs = pairs;
        this.threads = threads;
    }

    /**
     * Aligns two models' predictions; a mismatch (rows, ids, labels, task) is an
     * {@link io.modelci.InputException}.
     */
    public static EvaluatedPairs of(final Predictions challenger, final Predictions champion) {
        return new EvaluatedPairs(PairedPredictions.align(challenger, champion),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public int rows() {
        return pairs.rows();
    }

    @Override
    public synchronized Map<String, Double> challengerMetrics() {
        if (challengerMetrics == null) {
            challengerMetrics = pairs.challengerMetrics();
        }
        return challengerMetrics;
    }

    @Override
    public synchronized Map<String, Double> championMetrics() {
        if (championMetrics == null) {
            championMetrics = pairs.championMetrics();
        }
        return championMetrics;
    }

    @Override
    public Map<String, double[]> bootstrapDeltas(final Collection<String> metrics, final int resamples,
            final long seed) {
        return pairs.bootstrapDeltas(metrics, resamples, seed, threads);
    }

    @Override
    public McNemar.Result mcnemar() {
        return McNemar.test(pairs.challengerCorrect(), pairs.championCorrect());
    }

    @Override
    public DeLong.Result delong() {
        byte[] positive = pairs.positive();
        boolean[] labels = new boolean[positive.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = positive[i] == 1;
        }
        return DeLong.test(pairs.challengerScores(), pairs.championScores(), labels);
    }

    @Override
    public List<String> sliceValues(final String column) {
        return pairs.sliceValues(column);
    }

    @Override
    public PairedRows slice(final String column, final String value) {
        return new EvaluatedPairs(pairs.slice(column, value), threads);
    }

    @Override
    public String challengerFingerprint() {
        return pairs.challengerSha256();
    }

    @Override
    public String championFingerprint() {
        return pairs.championSha256();
    }
}
