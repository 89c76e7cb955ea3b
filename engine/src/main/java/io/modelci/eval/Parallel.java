package io.modelci.eval;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Two-way splits of big loops: one half on the common pool, the other on the calling thread. The split point
 * depends only on the row count, so results (including floating-point sums) do not depend on scheduling.
 */
final class Parallel {
    /** Below this many rows a loop stays on the calling thread. */
    static final int MIN_ROWS = 1 << 18;

    /** Summation over a half-open row range. */
    interface RangeSum {
        double sum(int from, int to);
    }

    private Parallel() {
    }

    /** Whether {@code rows} are worth a second thread. */
    static boolean worthSplitting(final int rows) {
        return rows >= MIN_ROWS && Runtime.getRuntime().availableProcessors() > 1;
    }

    /** {@code sum(0, n/2) + sum(n/2, n)}, the halves run in parallel when worth it. */
    static double sum(final int n, final RangeSum body) {
        int half = n / 2;
        if (!worthSplitting(n)) {
            return body.sum(0, half) + body.sum(half, n);
        }
        CompletableFuture<Double> second = CompletableFuture.supplyAsync(() -> body.sum(half, n));
        double first = body.sum(0, half);
        return first + join(second);
    }

    /** Runs both, the second on another thread when {@code split}. */
    static void both(final boolean split, final Runnable first, final Runnable second) {
        if (!split) {
            first.run();
            second.run();
            return;
        }
        CompletableFuture<Void> other = CompletableFuture.runAsync(second);
        first.run();
        join(other);
    }

    private static <T> T join(final CompletableFuture<T> future) {
        try {
            return future.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
