package io.modelci.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs bootstrap resamples in parallel. Resample {@code r} draws n rows with replacement from its own
 * {@link SplittableRandom}, seeded from the run's seed and {@code r} alone, so the results do not depend on the
 * thread count or the scheduling. A resample is handed to the metric code as per-row multiplicities: n rows
 * drawn with replacement, or from {@link #POISSON_FROM_ROWS} rows on independent Poisson(1) weights. The
 * threads take the resamples a few at a time, as each is free.
 */
final class Resampling {
    /**
     * From this many rows on, a resample is Poisson(1) row weights (the Poisson bootstrap of Hanley and MacGibbon
     * 2006, Chamandy et al. 2012) instead of exactly n draws: the two agree to O(1/n), and independent per-row
     * weights are drawn sequentially, several times faster than n random increments.
     */
    static final int POISSON_FROM_ROWS = 100_000;
    /**
     * Resamples a thread takes at a time: one, so that no thread waits at the end while another finishes a batch
     * (one shared counter increment per resample costs nothing next to a resample's work).
     */
    private static final int BATCH = 1;

    /** What one resample computes from the multiplicities: one value per tracked statistic (NaN if undefined). */
    interface Statistic {
        void compute(byte[] weights, double[] out);

        /**
         * Draws Poisson(1) weights into {@code weights}, exactly those of {@link PoissonWeights#fill}, and computes.
         * A statistic that reads the weights in stretches may draw each stretch just before it reads it, while it
         * is still in cache.
         */
        default void drawPoissonAndCompute(final SplittableRandom random, final byte[] weights, final double[] out) {
            PoissonWeights.fill(random, weights);
            compute(weights, out);
        }

        /** Whether {@link #drawPoissonAndComputeTwo} computes two resamples for less than twice the work of one. */
        default boolean drawsTwo() {
            return false;
        }

        /**
         * Two resamples at once, with exactly the values of {@link #drawPoissonAndCompute} for each generator
         * (called only when {@link #drawsTwo}).
         */
        default void drawPoissonAndComputeTwo(final SplittableRandom first, final SplittableRandom second,
                final double[] firstOut, final double[] secondOut) {
            throw new UnsupportedOperationException();
        }
    }

    private Resampling() {
    }

    /** The threads used when the caller does not say: at most two, the cores this project's machines have. */
    static int defaultThreads() {
        return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @return {@code values[statistic][resample]}
     */
    static double[][] run(final int rows, final int resamples, final long seed, final int threads,
            final int statistics, final java.util.function.Supplier<Statistic> statisticPerThread) {
        long[] seeds = new long[resamples];
        SplittableRandom root = new SplittableRandom(seed);
        for (int r = 0; r < resamples; r++) {
            seeds[r] = root.nextLong();
        }
        double[][] values = new double[statistics][resamples];
        int workers = Math.max(1, Math.min(threads, resamples));
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "bootstrap");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            // each thread takes the next few resamples when it is free: on a shared machine a descheduled
            // thread does not hold the others back; resample r's values depend on r alone whoever computes it
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            for (int t = 0; t < workers; t++) {
                Statistic statistic = statisticPerThread.get();
                futures.add(pool.submit(() -> {
                    byte[] weights = new byte[rows];
                    double[] out = new double[statistics];
                    double[] secondOut = new double[statistics];
                    // two resamples at a time when the statistic computes them in one pass
                    int batch = rows >= POISSON_FROM_ROWS && statistic.drawsTwo() ? 2 : BATCH;
                    for (int first = next.getAndAdd(batch); first < resamples; first = next.getAndAdd(batch)) {
                        if (batch == 2 && first + 1 < resamples) {
                            statistic.drawPoissonAndComputeTwo(new SplittableRandom(seeds[first]),
                                    new SplittableRandom(seeds[first + 1]), out, secondOut);
                            for (int s = 0; s < statistics; s++) {
                                values[s][first] = out[s];
                                values[s][first + 1] = secondOut[s];
                            }
                            continue;
                        }
                        int last = Math.min(resamples, first + batch);
                        for (int r = first; r < last; r++) {
                            SplittableRandom random = new SplittableRandom(seeds[r]);
                            if (rows >= POISSON_FROM_ROWS) {
                                statistic.drawPoissonAndCompute(random, weights, out);
                            }
                            else {
                                draw(random, weights);
                                statistic.compute(weights, out);
                            }
                            for (int s = 0; s < statistics; s++) {
                                values[s][r] = out[s];
                            }
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bootstrap interrupted", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
        return values;
    }

    /**
     * Draws {@code weights.length} rows with replacement, as multiplicities. Bytes keep the array small enough to
     * stay in cache, which matters more than anything else here; a row drawn 128 times or more (for n rows, a
     * chance below n / 128!, nil in practice) is refused rather than wrapped.
     */
    static void draw(final SplittableRandom random, final byte[] weights) {
        int n = weights.length;
        Arrays.fill(weights, (byte) 0);
        long threshold = (1L << 32) % n;
        boolean overflow = false;
        int i = 0;
        // two rows per 64 random bits; a pair with either half in the rejection zone is drawn again
        while (i + 1 < n) {
            long bits = random.nextLong();
            long first = (bits >>> 32) * n;
            long second = (bits & 0xFFFFFFFFL) * n;
            if ((first & 0xFFFFFFFFL) < threshold || (second & 0xFFFFFFFFL) < threshold) {
                continue;
            }
            overflow |= ++weights[(int) (first >>> 32)] < 0;
            overflow |= ++weights[(int) (second >>> 32)] < 0;
            i += 2;
        }
        if (i < n) {
            overflow |= ++weights[uniform(random, n, threshold)] < 0;
        }
        if (overflow) {
            throw new IllegalStateException("a row was drawn more than 127 times in one resample");
        }
    }

    /**
     * A uniform integer in [0, n) by Lemire's multiply-and-shift with rejection: unbiased, and without the
     * division that {@link SplittableRandom#nextInt(int)} spends on every call.
     *
     * @param threshold {@code 2^32 mod n}
     */
    static int uniform(final SplittableRandom random, final int n, final long threshold) {
        long product = (random.nextInt() & 0xFFFFFFFFL) * n;
        while ((product & 0xFFFFFFFFL) < threshold) {
            product = (random.nextInt() & 0xFFFFFFFFL) * n;
        }
        return (int) (product >>> 32);
    }

    /**
     * The percentile interval of the defined (non-NaN) values, interpolated linearly as numpy's default
     * percentile; null when no value is defined.
     */
    static Interval percentile(final double[] values, final double confidence) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (defined.length == 0) {
            return null;
        }
        double tail = (1 - confidence) / 2;
        return new Interval(quantile(defined, tail), quantile(defined, 1 - tail));
    }

    private static double quantile(final double[] sorted, final double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + (sorted[above] - sorted[below]) * fraction;
    }
}
