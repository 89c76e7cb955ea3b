package io.modelci.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the metric suite of a task on predictions, with optional bootstrap intervals and per-slice metrics.
 *
 * <pre>{@code
 * Predictions predictions = PredictionsReader.read(file, ReadOptions.of(Task.BINARY).withSliceBy(List.of("region")));
 * EvaluationResult result = Evaluator.evaluate(predictions, EvaluationOptions.defaults().withBootstrap(1000, 0.95, 7));
 * }</pre>
 */
public final class Evaluator {
    private Evaluator() {
    }

    /** Evaluates all rows, then each slice, then (if asked) bootstraps the intervals. */
    public static EvaluationResult evaluate(final Predictions predictions, final EvaluationOptions options) {
        List<String> warnings = new ArrayList<>(predictions.warnings());
        MetricSuite suite = MetricSuite.of(predictions);
        Map<String, Double> metrics = suite.compute(null, null, warnings);
        Map<String, Interval> intervals = new TreeMap<>();
        if (options.bootstrap() > 0) {
            PairedBootstrap.checkArguments(options.bootstrap(), options.confidence());
            intervals = intervals(predictions, suite, metrics, options);
        }
        Map<String, Map<String, SliceResult>> slices = new TreeMap<>();
        for (Map.Entry<String, Predictions.SliceColumn> slice : predictions.slices.entrySet()) {
            slices.put(slice.getKey(), slices(predictions, slice.getKey(), slice.getValue(), options, warnings));
        }
        ConfusionMatrix confusion = predictions.task == Task.MULTICLASS
                ? confusionMatrix(predictions, (MulticlassSuite) suite) : null;
        return new EvaluationResult(predictions.task, predictions.rows, metrics, intervals, slices, warnings,
                confusion, predictions.sha256);
    }

    private static Map<String, Interval> intervals(final Predictions predictions, final MetricSuite suite,
            final Map<String, Double> metrics, final EvaluationOptions options) {
        List<String> names = new ArrayList<>(metrics.keySet());
        byte[] ones = new byte[predictions.rows];
        java.util.Arrays.fill(ones, (byte) 1);
        suite.compute(ones, null, null);
        double[][] values = Resampling.run(predictions.rows, options.bootstrap(), options.seed(), options.threads(),
                names.size(), () -> (weights, out) -> {
                    Map<String, Double> resampled = suite.compute(weights, null, null);
                    for (int m = 0; m < names.size(); m++) {
                        Double value = resampled.get(names.get(m));
                        out[m] = value == null ? Double.NaN : value;
                    }
                });
        Map<String, Interval> intervals = new TreeMap<>();
        for (int m = 0; m < names.size(); m++) {
            Interval interval = Resampling.percentile(values[m], options.confidence());
            if (interval != null) {
                intervals.put(names.get(m), interval);
            }
        }
        return intervals;
    }

    private static Map<String, SliceResult> slices(final Predictions predictions, final String column,
            final Predictions.SliceColumn slice, final EvaluationOptions options, final List<String> warnings) {
        int values = slice.values().size();
        int[] counts = new int[values];
        int[] codes = slice.codes();
        for (int i = 0; i < predictions.rows; i++) {
            counts[codes[i]]++;
        }
        int[][] members = new int[values][];
        int[] filled = new int[values];
        for (int v = 0; v < values; v++) {
            members[v] = new int[counts[v] >= options.minSliceSize() ? counts[v] : 0];
        }
        for (int i = 0; i < predictions.rows; i++) {
            int v = codes[i];
            if (members[v].length > 0) {
                members[v][filled[v]++] = i;
            }
        }
        Map<String, SliceResult> results = new LinkedHashMap<>();
        for (int v = 0; v < values; v++) {
            if (counts[v] == 0) {
                continue;
            }
            String value = slice.values().get(v);
            if (counts[v] < options.minSliceSize()) {
                results.put(value, new SliceResult(counts[v], true, Map.of()));
                continue;
            }
            List<String> sliceWarnings = new ArrayList<>();
            Map<String, Double> metrics = MetricSuite.of(predictions.subset(members[v]))
                    .compute(null, null, sliceWarnings);
            for (String warning : sliceWarnings) {
                warnings.add("slice " + column + "=" + value + ": " + warning);
            }
            results.put(value, new SliceResult(counts[v], false, metrics));
        }
        return results;
    }

    private static ConfusionMatrix confusionMatrix(final Predictions predictions, final MulticlassSuite suite) {
        long[][] full = suite.confusion(null);
        List<Integer> seen = new ArrayList<>();
        for (int c = 0; c < full.length; c++) {
            long row = 0;
            long column = 0;
            for (int other = 0; other < full.length; other++) {
                row += full[c][other];
                column += full[other][c];
            }
            if (row + column > 0) {
                seen.add(c);
            }
        }
        long[][] counts = new long[seen.size()][seen.size()];
        List<String> labels = new ArrayList<>();
        for (int a = 0; a < seen.size(); a++) {
            labels.add(predictions.classes.get(seen.get(a)));
            for (int b = 0; b < seen.size(); b++) {
                counts[a][b] = full[seen.get(a)][seen.get(b)];
            }
        }
        return new ConfusionMatrix(labels, counts);
    }
}
