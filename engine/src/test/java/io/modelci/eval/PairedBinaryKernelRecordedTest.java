package io.modelci.eval;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernel's resampled deltas are the same, bit for bit, as those recorded from an earlier version of it: a
 * faster kernel must keep the same draws, the same rows under each weight and exact integer sums, so that a
 * verdict does not change with the version that computed it.
 */
class PairedBinaryKernelRecordedTest {
    private static final List<String> ALL = PairedBinaryKernel.METRICS;

    /** Labels, scores rounded to {@code decimals} (ties holding both classes), predictions thresholded or not. */
    private static PairedBinaryKernel kernel(final int rows, final int decimals, final boolean thresholded) {
        SplittableRandom random = new SplittableRandom(21);
        byte[] positive = new byte[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        byte[] predictedA = new byte[rows];
        byte[] predictedB = new byte[rows];
        double scale = Math.pow(10, decimals);
        for (int i = 0; i < rows; i++) {
            positive[i] = (byte) (random.nextInt(10) < 3 ? 1 : 0);
            double signal = random.nextGaussian() + 1.2 * positive[i];
            a[i] = Math.round(scale / (1 + Math.exp(-(signal + 0.8 * random.nextGaussian())))) / scale;
            b[i] = Math.round(scale / (1 + Math.exp(-(signal + random.nextGaussian())))) / scale;
            predictedA[i] = (byte) (thresholded ? (a[i] >= 0.5 ? 1 : 0) : random.nextInt(2));
            predictedB[i] = (byte) (thresholded ? (b[i] >= 0.5 ? 1 : 0) : random.nextInt(2));
        }
        return new PairedBinaryKernel(positive, a, b, predictedA, predictedB);
    }

    /** SHA-256 (first 16 hex digits) of the raw bits of every delta, metric by metric. */
    private static String digest(final PairedBinaryKernel kernel, final List<String> metrics, final int threads) {
        Map<String, double[]> deltas = kernel.bootstrapDeltas(metrics, 24, 13, threads);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String metric : metrics) {
                for (double delta : deltas.get(metric)) {
                    sha.update(ByteBuffer.allocate(8).putLong(Double.doubleToRawLongBits(delta)).array());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldGiveTheRecordedDeltasWithPoissonWeights() {
        int rows = Resampling.POISSON_FROM_ROWS + 16_387;
        PairedBinaryKernel sixDecimals = kernel(rows, 6, true);
        PairedBinaryKernel threeDecimals = kernel(rows, 3, true);
        PairedBinaryKernel free = kernel(rows, 6, false);

        assertThat(digest(sixDecimals, ALL, 2)).isEqualTo("0f81f607a8bd1927");
        assertThat(digest(sixDecimals, List.of("roc_auc", "log_loss", "accuracy"), 1)).isEqualTo("db5f43d45299d7cf");
        assertThat(digest(sixDecimals, List.of("accuracy", "brier_score"), 2)).isEqualTo("2505eae735367b4d");
        assertThat(digest(threeDecimals, ALL, 2)).isEqualTo("f3734d5447f6adfd");
        assertThat(digest(free, ALL, 2)).isEqualTo("5ece88a95bcc1af6");
    }

    @Test
    void shouldGiveTheRecordedDeltasWithRowsDrawnWithReplacement() {
        assertThat(digest(kernel(20_011, 6, true), ALL, 2)).isEqualTo("cf823a259b70a2ab");
        assertThat(digest(kernel(20_011, 2, false), ALL, 2)).isEqualTo("cf2b882ae9be97d0");
    }

    @Test
    void shouldGiveTheSameDeltasForTwoResamplesAtOnceAsForEachAlone() {
        int rows = Resampling.POISSON_FROM_ROWS + 16_387;
        int[] wanted = PairedBinaryKernel.indices(List.of("roc_auc", "log_loss", "accuracy", "f1", "mcc"));
        for (int decimals : new int[] {6, 3}) {
            PairedBinaryKernel kernel = kernel(rows, decimals, true);
            assertThat(kernel.twoAtOnce(wanted)).isTrue();
            char[] pairs = new char[rows];
            byte[] weights = new byte[rows];
            for (long seed = 1; seed <= 3; seed++) {
                double[] first = new double[wanted.length];
                double[] second = new double[wanted.length];
                kernel.deltas(new SplittableRandom(seed), new SplittableRandom(seed + 100), pairs, wanted, first,
                        second);
                double[] alone = new double[wanted.length];
                kernel.deltas(new SplittableRandom(seed), weights, wanted, alone);
                assertThat(first).as("decimals %d, seed %d", decimals, seed).containsExactly(alone);
                kernel.deltas(new SplittableRandom(seed + 100), weights, wanted, alone);
                assertThat(second).as("decimals %d, seed %d", decimals, seed).containsExactly(alone);
            }
        }
        // Brier deltas, or predictions that are not a score threshold, take one resample at a time
        assertThat(kernel(rows, 6, true).twoAtOnce(PairedBinaryKernel.indices(List.of("roc_auc", "brier_score"))))
                .isFalse();
        assertThat(kernel(rows, 6, false).twoAtOnce(wanted)).isFalse();
    }

    @Test
    void shouldGiveTheSameDeltasForAnOddNumberOfResamplesOnAnyNumberOfThreads() {
        PairedBinaryKernel kernel = kernel(Resampling.POISSON_FROM_ROWS + 5, 3, true);
        List<String> metrics = List.of("roc_auc", "log_loss", "accuracy");

        Map<String, double[]> one = kernel.bootstrapDeltas(metrics, 7, 17, 1);
        Map<String, double[]> two = kernel.bootstrapDeltas(metrics, 7, 17, 2);
        Map<String, double[]> first = kernel.bootstrapDeltas(metrics, 1, 17, 1);

        for (String metric : metrics) {
            assertThat(two.get(metric)).as(metric).containsExactly(one.get(metric));
            assertThat(first.get(metric)[0]).as(metric).isEqualTo(one.get(metric)[0]);
        }
    }
}
