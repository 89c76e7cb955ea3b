package io.modelci.gate;

/**
 * McNemar's exact test for two classifiers scored on the same rows: under "equally accurate", the rows only one of
 * them gets right split 50/50, so the count of one kind is Binomial(b + c, 1/2).
 *
 * <p>The two-sided p-value is {@code min(1, 2 P(X <= min(b, c)))}, as statsmodels' {@code mcnemar(exact=True)};
 * the mid-p variant subtracts {@code P(X = min(b, c))}, which is less conservative.
 */
public final class McNemar {
    private static final double LN2 = Math.log(2);

    private McNemar() {
    }

    /**
     * The test's result.
     *
     * @param challengerOnly rows only the challenger gets right (c)
     * @param championOnly rows only the champion gets right (b)
     * @param rows all rows
     * @param pValue exact two-sided p-value
     * @param midPValue mid-p two-sided p-value
     */
    public record Result(long challengerOnly, long championOnly, long rows, double pValue, double midPValue) {
        /** Accuracy of the challenger minus that of the champion. */
        public double delta() {
            return rows == 0 ? 0 : (double) (challengerOnly - championOnly) / rows;
        }

        /**
         * Wald interval of the accuracy difference for paired proportions, at {@code confidence}:
         * {@code delta +- z sqrt(b + c - (c - b)^2 / n) / n}.
         */
        public double[] interval(final double confidence) {
            double z = Normal.quantile(1 - (1 - confidence) / 2);
            double discordant = challengerOnly + championOnly;
            double difference = challengerOnly - championOnly;
            double spread = rows == 0 ? 0 : z * Math.sqrt(Math.max(0, discordant - difference * difference / rows)) / rows;
            return new double[] {delta() - spread, delta() + spread};
        }
    }

    /** Counts the discordant rows of two correctness vectors and tests them. */
    public static Result test(final boolean[] challengerCorrect, final boolean[] championCorrect) {
        if (challengerCorrect.length != championCorrect.length) {
            throw new IllegalArgumentException("both models must be scored on the same rows");
        }
        long challengerOnly = 0;
        long championOnly = 0;
        for (int i = 0; i < challengerCorrect.length; i++) {
            if (challengerCorrect[i] != championCorrect[i]) {
                if (challengerCorrect[i]) {
                    challengerOnly++;
                }
                else {
                    championOnly++;
                }
            }
        }
        return of(challengerOnly, championOnly, challengerCorrect.length);
    }

    /** Tests given discordant counts. */
    public static Result of(final long challengerOnly, final long championOnly, final long rows) {
        return new Result(challengerOnly, championOnly, rows, exactPValue(challengerOnly, championOnly),
                midPValue(challengerOnly, championOnly));
    }

    /** Exact two-sided p-value for discordant counts b and c. */
    public static double exactPValue(final long b, final long c) {
        long n = b + c;
        if (n == 0) {
            return 1.0;
        }
        return Math.min(1.0, 2 * lowerTail(Math.min(b, c), n));
    }

    /** Mid-p two-sided p-value for discordant counts b and c. */
    public static double midPValue(final long b, final long c) {
        long n = b + c;
        if (n == 0) {
            return 1.0;
        }
        long k = Math.min(b, c);
        return Math.min(1.0, 2 * lowerTail(k, n) - probability(k, n));
    }

    /** P(X <= k) for X ~ Binomial(n, 1/2), k <= n / 2: summed down from k, where the terms shrink. */
    static double lowerTail(final long k, final long n) {
        double term = probability(k, n);
        double sum = 0;
        for (long i = k; i >= 0 && term > 0; i--) {
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
            term *= (double) i / (n - i + 1);
        }
        return Math.min(1.0, sum);
    }

    /** P(X = k) for X ~ Binomial(n, 1/2). */
    static double probability(final long k, final long n) {
        return Math.exp(logChoose(n, k) - n * LN2);
    }

    /** ln C(n, k): exact sums of logs for small n, log-gamma beyond. */
    static double logChoose(final long n, final long k) {
        long small = Math.min(k, n - k);
        if (small < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (small <= 2000) {
            double sum = 0;
            for (long i = 1; i <= small; i++) {
                sum += Math.log((double) (n - small + i) / i);
            }
            return sum;
        }
        return LogGamma.of(n + 1.0) - LogGamma.of(k + 1.0) - LogGamma.of(n - k + 1.0);
    }
}
