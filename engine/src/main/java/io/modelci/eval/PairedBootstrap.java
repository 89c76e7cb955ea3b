package io.modelci.eval;

import io.modelci.InputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Paired bootstrap of metric differences between two models that scored the same rows: every resample draws
 * one set of rows (as per-row multiplicities) and evaluates both models on it, so the interval of the delta
 * reflects only how the models differ, not how the data varies. Reproducible for a given seed, whatever the
 * thread count.
 *
 * <pre>{@code
 * Predictions challenger = PredictionsReader.read(newFile, ReadOptions.of(Task.BINARY).withIdColumn("id"));
 * Predictions champion = PredictionsReader.read(oldFile, ReadOptions.of(Task.BINARY).withIdColumn("id"));
 * Map<String, DeltaInterval> deltas = PairedBootstrap.deltas(challenger, champion,
 *         List.of("accuracy", "f1", "roc_auc"), 1000, 42L, 0.95);
 * if (deltas.get("roc_auc").isBelowZero()) { ...reject... }
 * }</pre>
 */
public final class PairedBootstrap {
    private PairedBootstrap() {
    }

    /** {@link #deltas(Predictions, Predictions, List, int, long, double, int)} on the default threads (2). */
    public static Map<String, DeltaInterval> deltas(final Predictions challenger, final Predictions champion,
            final List<String> metrics, final int resamples, final long seed, final double confidence) {
        return deltas(challenger, champion, metrics, resamples, seed, confidence, Resampling.defaultThreads());
    }

    /**
     * Challenger-minus-champion deltas with percentile intervals.
     *
     * @param challenger the new model's predictions
     * @param champion the current model's predictions on the same rows (aligned by {@link RowAlignment})
     * @param metrics metric names of the task (as in {@link EvaluationResult#metrics()})
     * @param resamples bootstrap resamples, at least 1
     * @param seed the random seed
     * @param confidence the interval's confidence level, in (0, 1)
     * @param threads worker threads; the result does not depend on it
     * @return by metric name (sorted); a metric undefined for either model on all rows is absent
     * @throws InputException when the rows cannot be aligned, a metric is unknown or an argument is out of range
     */
    public static Map<String, DeltaInterval> deltas(final Predictions challenger, final Predictions champion,
            final List<String> metrics, final int resamples, final long seed, final double confidence,
            final int threads) {
        checkArguments(resamples, confidence);
        Predictions[] aligned = RowAlignment.align(challenger, champion);
        MetricSuite challengerSuite = MetricSuite.of(aligned[0]);
        MetricSuite championSuite = MetricSuite.of(aligned[1]);
        Set<String> wanted = new LinkedHashSet<>(metrics);
        Map<String, Double> challengerValues = challengerSuite.compute(null, wanted, new ArrayList<>());
        Map<String, Double> championValues = championSuite.compute(null, wanted, new ArrayList<>());
        for (String metric : wanted) {
            if (!MetricNames.of(challenger.task).contains(metric)) {
                throw InputException.ofField("metrics", "'" + metric + "' is not a " + challenger.task.id()
                        + " metric; known: " + MetricNames.of(challenger.task));
            }
        }
        List<String> names = new ArrayList<>();
        for (String metric : wanted) {
            if (challengerValues.containsKey(metric) && championValues.containsKey(metric)) {
                names.add(metric);
            }
        }
        double[][] deltas = resample(aligned, names, resamples, seed, threads);
        Map<String, DeltaInterval> result = new TreeMap<>();
        for (int m = 0; m < names.size(); m++) {
            String name = names.get(m);
            Interval interval = Resampling.percentile(deltas[m], confidence);
            int defined = 0;
            int above = 0;
            int below = 0;
            for (double delta : deltas[m]) {
                if (!Double.isNaN(delta)) {
                    defined++;
                    above += delta > 0 ? 1 : 0;
                    below += delta < 0 ? 1 : 0;
                }
            }
            if (interval == null) {
                continue;
            }
            double a = challengerValues.get(name);
            double b = championValues.get(name);
            result.put(name, new DeltaInterval(name, a, b, a - b, interval.low(), interval.high(), confidence,
                    defined, (double) above / defined, (double) below / defined));
        }
        return result;
    }

    /**
     * The raw paired deltas, challenger minus champion, one per resample (NaN where a metric is undefined in a
     * resample): for callers that want several intervals or their own statistic from one set of resamples.
     *
     * @param metrics metric names of the task; names the task does not know are left out
     * @return metric name to {@code deltas[resample]}, in the order of {@code metrics}
     * @throws InputException when the rows cannot be aligned
     */
    public static Map<String, double[]> resampledDeltas(final Predictions challenger, final Predictions champion,
            final List<String> metrics, final int resamples, final long seed, final int threads) {
        checkArguments(resamples, 0.5);
        Predictions[] aligned = RowAlignment.align(challenger, champion);
        List<String> names = metrics.stream().filter(MetricNames.of(challenger.task)::contains).distinct().toList();
        double[][] deltas = resample(aligned, names, resamples, seed, threads);
        Map<String, double[]> result = new java.util.LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            result.put(names.get(m), deltas[m]);
        }
        return result;
    }

    /**
     * The deltas of every metric in {@code names}, {@code [metric][resample]}. Binary metrics the
     * {@link PairedBinaryKernel} knows are computed by it; any other through both suites, on the rows laid out
     * as the kernel lays them out, so that one weight array is the same resample for both.
     */
    private static double[][] resample(final Predictions[] aligned, final List<String> names,
            final int resamples, final long seed, final int threads) {
        int rows = aligned[0].rows;
        PairedBinaryKernel kernel = aligned[0].task == Task.BINARY && rows > 0 && rows <= PairedBinaryKernel.MAX_ROWS
                ? new PairedBinaryKernel(aligned[0].actual, aligned[0].score, aligned[1].score, aligned[0].predicted,
                        aligned[1].predicted) : null;
        List<String> fast = kernel == null ? List.of()
                : names.stream().filter(PairedBinaryKernel.METRICS::contains).toList();
        List<String> rest = names.stream().filter(name -> !fast.contains(name)).toList();
        int[] fastIndex = PairedBinaryKernel.indices(fast);
        int[] fastSlot = fast.stream().mapToInt(names::indexOf).toArray();
        int[] restSlot = rest.stream().mapToInt(names::indexOf).toArray();
        Set<String> restWanted = new LinkedHashSet<>(rest);
        MetricSuite challengerSuite = null;
        MetricSuite championSuite = null;
        if (!rest.isEmpty()) {
            int[] layout = kernel == null ? null : kernel.layout();
            challengerSuite = MetricSuite.of(layout == null ? aligned[0] : aligned[0].subset(layout));
            championSuite = MetricSuite.of(layout == null ? aligned[1] : aligned[1].subset(layout));
            // fill the suites' caches (sort orders) before the threads share them
            byte[] ones = new byte[rows];
            java.util.Arrays.fill(ones, (byte) 1);
            challengerSuite.compute(ones, restWanted, null);
            championSuite.compute(ones, restWanted, null);
        }
        MetricSuite a = challengerSuite;
        MetricSuite b = championSuite;
        return Resampling.run(rows, resamples, seed, threads, names.size(), () -> {
            double[] fastOut = new double[fastIndex.length];
            return new Resampling.Statistic() {
                @Override
                public void compute(final byte[] weights, final double[] out) {
                    compute(null, weights, out);
                }

                @Override
                public void drawPoissonAndCompute(final SplittableRandom random, final byte[] weights,
                        final double[] out) {
                    if (fastIndex.length == 0) {
                        PoissonWeights.fill(random, weights);
                    }
                    compute(random, weights, out);
                }

                @Override
                public boolean drawsTwo() {
                    return restSlot.length == 0 && fastIndex.length > 0 && kernel.twoAtOnce(fastIndex);
                }

                @Override
                public void drawPoissonAndComputeTwo(final SplittableRandom first, final SplittableRandom second,
                        final double[] firstOut, final double[] secondOut) {
                    if (weightPairs == null) {
                        weightPairs = new char[rows];
                        secondFastOut = new double[fastIndex.length];
                    }
                    kernel.deltas(first, second, weightPairs, fastIndex, fastOut, secondFastOut);
                    for (int m = 0; m < fastIndex.length; m++) {
                        firstOut[fastSlot[m]] = fastOut[m];
                        secondOut[fastSlot[m]] = secondFastOut[m];
                    }
                }

                private char[] weightPairs;
                private double[] secondFastOut;

                /** The kernel first: with a generator it draws the weights the suites then read. */
                private void compute(final SplittableRandom random, final byte[] weights, final double[] out) {
                    if (fastIndex.length > 0) {
                        kernel.deltas(random, weights, fastIndex, fastOut);
                        for (int m = 0; m < fastIndex.length; m++) {
                            out[fastSlot[m]] = fastOut[m];
                        }
                    }
                    if (restSlot.length > 0) {
                        Map<String, Double> x = a.compute(weights, restWanted, null);
                        Map<String, Double> y = b.compute(weights, restWanted, null);
                        for (int m = 0; m < restSlot.length; m++) {
                            Double u = x.get(rest.get(m));
                            Double v = y.get(rest.get(m));
                            out[restSlot[m]] = u == null || v == null ? Double.NaN : u - v;
                        }
                    }
                }
            };
        });
    }

    static void checkArguments(final int resamples, final double confidence) {
        if (resamples < 1) {
            throw InputException.ofField("bootstrap", "needs at least 1 resample, got " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw InputException.ofField("confidence", "must be between 0 and 1 (exclusive), got " + confidence);
        }
    }
}
