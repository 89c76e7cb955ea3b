package io.modelci.gate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The champion/challenger gate: applies a {@link Policy} to the evidence and returns a {@link Verdict}.
 *
 * <ul>
 * <li>{@link #compare(Policy, PairedRows)}: both models scored the same rows; deltas get paired intervals
 * (bootstrap, McNemar or DeLong);</li>
 * <li>{@link #compareUnpaired(Policy, MetricSet, MetricSet)}: only the champion's summary metrics exist; point
 * comparison, marked {@code unpaired};</li>
 * <li>{@link #first(Policy, MetricSet)}: no champion; only the value checks apply.</li>
 * </ul>
 */
public final class Gate {
    private static final Set<String> ACCURACY_TYPE = Set.of("accuracy", "error_rate");
    private static final Set<String> AUC_TYPE = Set.of("roc_auc", "auc");

    private Gate() {
    }

    /** Paired comparison on rows both models scored. */
    public static Verdict compare(final Policy policy, final PairedRows pairs) {
        List<CheckResult> results = new ArrayList<>();
        Map<String, double[]> overall = bootstrap(policy, policy.checks(), pairs);
        for (Check check : policy.checks()) {
            results.add(judgePaired(policy, check, pairs, null, overall));
            for (String column : check.slices()) {
                for (String value : pairs.sliceValues(column)) {
                    String label = column + "=" + value;
                    PairedRows slice = pairs.slice(column, value);
                    if (slice.rows() < policy.minSliceSize()) {
                        results.add(skipped(check, label, slice.rows(), policy.minSliceSize(), Comparison.PAIRED));
                        continue;
                    }
                    Map<String, double[]> deltas = bootstrap(policy, List.of(check), slice);
                    results.add(judgePaired(policy, check, slice, label, deltas));
                }
            }
        }
        int resamples = needsBootstrap(policy, policy.checks()) ? policy.bootstrap() : 0;
        return Verdict.decide(policy, Comparison.PAIRED, results, resamples, pairs.challengerFingerprint(),
                pairs.championFingerprint());
    }

    /** Unpaired comparison: the champion is known only by its summary metrics (overall and per slice). */
    public static Verdict compareUnpaired(final Policy policy, final MetricSet challenger, final MetricSet champion) {
        return pointComparison(policy, challenger, champion, Comparison.UNPAIRED);
    }

    /** No champion: the value checks decide, and the policy's {@code no_champion} rule. */
    public static Verdict first(final Policy policy, final MetricSet challenger) {
        return pointComparison(policy, challenger, null, Comparison.NO_CHAMPION);
    }

    private static Verdict pointComparison(final Policy policy, final MetricSet challenger, final MetricSet champion,
            final Comparison comparison) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : policy.checks()) {
            results.add(CheckJudge.judge(check, null, points(check, challenger, champion), comparison));
            for (String column : check.slices()) {
                Map<String, MetricSet> challengerSlices = challenger.slices().get(column);
                if (challengerSlices == null) {
                    results.add(CheckJudge.judge(check, column + "=*", Evidence.points(null, null), comparison));
                    continue;
                }
                for (String value : challengerSlices.keySet().stream().sorted().toList()) {
                    String label = column + "=" + value;
                    MetricSet slice = challengerSlices.get(value);
                    if (slice.rows() > 0 && slice.rows() < policy.minSliceSize()) {
                        results.add(skipped(check, label, slice.rows(), policy.minSliceSize(), comparison));
                        continue;
                    }
                    MetricSet championSlice = champion == null ? null
                            : champion.slices().getOrDefault(column, Map.of()).get(value);
                    results.add(CheckJudge.judge(check, label, points(check, slice, championSlice), comparison));
                }
            }
        }
        return Verdict.decide(policy, comparison, results, 0, challenger.fingerprint(),
                champion == null ? null : champion.fingerprint());
    }

    private static Evidence points(final Check check, final MetricSet challenger, final MetricSet champion) {
        Double champ = champion == null ? null : champion.metrics().get(check.metric());
        Evidence evidence = Evidence.points(challenger.metrics().get(check.metric()), champ);
        return new Evidence(evidence.challenger(), evidence.champion(), Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, null, challenger.rows());
    }

    private static CheckResult skipped(final Check check, final String slice, final long rows, final int minimum,
            final Comparison comparison) {
        return new CheckResult(check.metric(), slice, Outcome.SKIPPED, check.direction(), null, null, null, null,
                null, null, null, "none", comparison, rows,
                "slice has " + rows + " rows, fewer than min_slice_size " + minimum + ": not judged");
    }

    /** One bootstrap for all bootstrap-tested metrics of these checks (one set of resamples serves them all). */
    private static Map<String, double[]> bootstrap(final Policy policy, final List<Check> checks,
            final PairedRows pairs) {
        Set<String> metrics = new LinkedHashSet<>();
        for (Check check : checks) {
            if (check.comparesWithChampion() && effectiveTest(policy, check) == StatisticalTest.BOOTSTRAP) {
                metrics.add(check.metric());
            }
        }
        if (metrics.isEmpty() || policy.bootstrap() == 0) {
            return Map.of();
        }
        return pairs.bootstrapDeltas(metrics, policy.bootstrap(), policy.seed());
    }

    private static boolean needsBootstrap(final Policy policy, final List<Check> checks) {
        return policy.bootstrap() > 0 && checks.stream().anyMatch(check -> check.comparesWithChampion()
                && effectiveTest(policy, check) == StatisticalTest.BOOTSTRAP);
    }

    /** McNemar applies to accuracy-type metrics and DeLong to ROC AUC; any other metric is bootstrapped. */
    static StatisticalTest effectiveTest(final Policy policy, final Check check) {
        StatisticalTest test = check.testOr(policy.test());
        String metric = check.metric();
        if (test == StatisticalTest.MCNEMAR && !ACCURACY_TYPE.contains(metric)
                || test == StatisticalTest.DELONG && !AUC_TYPE.contains(metric)) {
            return StatisticalTest.BOOTSTRAP;
        }
        return test;
    }

    private static CheckResult judgePaired(final Policy policy, final Check check, final PairedRows pairs,
            final String slice, final Map<String, double[]> deltas) {
        Double challenger = pairs.challengerMetrics().get(check.metric());
        Double champion = pairs.championMetrics().get(check.metric());
        double confidence = check.needsSignificance() ? 1 - 2 * check.significance() : policy.confidence();
        Evidence evidence = new Evidence(challenger, champion, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null,
                pairs.rows());
        if (check.comparesWithChampion() && challenger != null && champion != null) {
            evidence = switch (effectiveTest(policy, check)) {
                case MCNEMAR -> mcnemar(evidence, pairs.mcnemar(), confidence, check.metric());
                case DELONG -> delongOrPoint(evidence, pairs, confidence);
                case BOOTSTRAP -> bootstrapped(evidence, deltas.get(check.metric()), confidence);
            };
        }
        return CheckJudge.judge(check, slice, evidence, Comparison.PAIRED);
    }

    private static Evidence mcnemar(final Evidence point, final McNemar.Result result, final double confidence,
            final String metric) {
        double[] interval = result.interval(confidence);
        // error_rate moves opposite to accuracy: its delta interval is the accuracy interval negated.
        boolean errorRate = metric.equals("error_rate");
        return new Evidence(point.challenger(), point.champion(), errorRate ? -interval[1] : interval[0],
                errorRate ? -interval[0] : interval[1], confidence, result.pValue(), StatisticalTest.MCNEMAR,
                point.rows());
    }

    /** DeLong needs two rows of each class; with fewer there is no interval, and significance cannot pass. */
    private static Evidence delongOrPoint(final Evidence point, final PairedRows pairs, final double confidence) {
        DeLong.Result result;
        try {
            result = pairs.delong();
        }
        catch (IllegalArgumentException exception) {
            return point;
        }
        return delong(point, result, confidence);
    }

    private static Evidence delong(final Evidence point, final DeLong.Result result, final double confidence) {
        double[] interval = result.interval(confidence);
        return new Evidence(point.challenger(), point.champion(), interval[0], interval[1], confidence,
                result.pValue(), StatisticalTest.DELONG, point.rows());
    }

    private static Evidence bootstrapped(final Evidence point, final double[] deltas, final double confidence) {
        if (deltas == null) {
            return point;
        }
        double[] finite = Arrays.stream(deltas).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return point;
        }
        double tail = (1 - confidence) / 2;
        long atMostZero = Arrays.stream(finite).filter(delta -> delta <= 0).count();
        long atLeastZero = Arrays.stream(finite).filter(delta -> delta >= 0).count();
        double pValue = Math.min(1.0, 2.0 * Math.min(atMostZero, atLeastZero) / finite.length);
        return new Evidence(point.challenger(), point.champion(), quantile(finite, tail), quantile(finite, 1 - tail),
                confidence, pValue, StatisticalTest.BOOTSTRAP, point.rows());
    }

    /** Linear interpolation between order statistics (numpy's default percentile). */
    static double quantile(final double[] sorted, final double probability) {
        double position = probability * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
