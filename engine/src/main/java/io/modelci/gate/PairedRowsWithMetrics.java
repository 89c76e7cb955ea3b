package io.modelci.gate;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Paired rows plus metrics measured elsewhere for each model as a whole, such as a deployment check's latency
 * ({@code latency_p99_ms}): a policy may hold those in a paired comparison too. They join the overall metrics only
 * where the rows give no metric of that name, so a metric computed on the shared rows always wins. Slices,
 * resampling and the tests are the rows' own: such a metric has no interval and is compared point by point, and a
 * slice does not have it (as in {@link Gate#compareUnpaired}).
 */
public final class PairedRowsWithMetrics implements PairedRows {
    private final PairedRows rows;
    private final Map<String, Double> challengerExtra;
    private final Map<String, Double> championExtra;
    private Map<String, Double> challengerMetrics;
    private Map<String, Double> championMetrics;

    private PairedRowsWithMetrics(final PairedRows rows, final Map<String, Double> challengerExtra,
            final Map<String, Double> championExtra) {
        this.rows = rows;
        this.challengerExtra = Map.copyOf(challengerExtra);
        this.championExtra = Map.copyOf(championExtra);
    }

    /**
     * The rows with each model's extra metrics; the rows themselves when there are none.
     *
     * @param challenger the challenger's metrics measured outside the rows (no null values)
     * @param champion the champion's
     */
    public static PairedRows of(final PairedRows rows, final Map<String, Double> challenger,
            final Map<String, Double> champion) {
        if (challenger.isEmpty() && champion.isEmpty()) {
            return rows;
        }
        return new PairedRowsWithMetrics(rows, challenger, champion);
    }

    private static Map<String, Double> merged(final Map<String, Double> extra, final Map<String, Double> fromRows) {
        Map<String, Double> out = new TreeMap<>(extra);
        out.putAll(fromRows);
        return Collections.unmodifiableMap(out);
    }

    @Override
    public int rows() {
        return rows.rows();
    }

    @Override
    public synchronized Map<String, Double> challengerMetrics() {
        if (challengerMetrics == null) {
            challengerMetrics = merged(challengerExtra, rows.challengerMetrics());
        }
        return challengerMetrics;
    }

    @Override
    public synchronized Map<String, Double> championMetrics() {
        if (championMetrics == null) {
            championMetrics = merged(championExtra, rows.championMetrics());
        }
        return championMetrics;
    }

    @Override
    public Map<String, double[]> bootstrapDeltas(final Collection<String> metrics, final int resamples,
            final long seed) {
        // a metric measured outside the rows cannot be resampled with them: leave it to the point comparison
        List<String> onRows = metrics.stream().filter(m -> !challengerExtra.containsKey(m) && !championExtra.containsKey(m)
                || rows.challengerMetrics().containsKey(m)).toList();
        return rows.bootstrapDeltas(onRows, resamples, seed);
    }

    @Override
    public McNemar.Result mcnemar() {
        return rows.mcnemar();
    }

    @Override
    public DeLong.Result delong() {
        return rows.delong();
    }

    @Override
    public List<String> sliceValues(final String column) {
        return rows.sliceValues(column);
    }

    @Override
    public PairedRows slice(final String column, final String value) {
        return rows.slice(column, value);
    }

    @Override
    public String challengerFingerprint() {
        return rows.challengerFingerprint();
    }

    @Override
    public String championFingerprint() {
        return rows.championFingerprint();
    }
}
