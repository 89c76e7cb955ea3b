package io.modelci.eval;

/**
 * What to compute besides the point metrics.
 *
 * @param bootstrap bootstrap resamples for confidence intervals; 0 for none
 * @param confidence the intervals' confidence level, in (0, 1); default 0.95
 * @param seed the bootstrap's random seed
 * @param minSliceSize slices with fewer rows are reported as too small, not evaluated; default 30
 * @param threads bootstrap threads; results do not depend on it
 */
public record EvaluationOptions(int bootstrap, double confidence, long seed, int minSliceSize, int threads) {

    /** No bootstrap, slices from 30 rows. */
    public static EvaluationOptions defaults() {
        return new EvaluationOptions(0, 0.95, 42L, 30, Resampling.defaultThreads());
    }

    public EvaluationOptions withBootstrap(final int resamples, final double level, final long randomSeed) {
        return new EvaluationOptions(resamples, level, randomSeed, minSliceSize, threads);
    }

    public EvaluationOptions withMinSliceSize(final int rows) {
        return new EvaluationOptions(bootstrap, confidence, seed, rows, threads);
    }

    public EvaluationOptions withThreads(final int count) {
        return new EvaluationOptions(bootstrap, confidence, seed, minSliceSize, count);
    }
}
