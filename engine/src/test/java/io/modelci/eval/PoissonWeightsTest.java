package io.modelci.eval;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoissonWeightsTest {
    @Test
    void shouldDrawPoissonOneWeights() {
        byte[] weights = new byte[200_000];
        PoissonWeights.fill(new SplittableRandom(1), weights);
        long[] counts = new long[4];
        long sum = 0;
        for (byte weight : weights) {
            counts[Math.min(weight, 3)]++;
            sum += weight;
        }
        // P(0) = P(1) = 1/e, P(2) = 1/(2e)
        assertThat((double) sum / weights.length).isCloseTo(1.0, within(0.01));
        assertThat((double) counts[0] / weights.length).isCloseTo(Math.exp(-1), within(0.005));
        assertThat((double) counts[1] / weights.length).isCloseTo(Math.exp(-1), within(0.005));
        assertThat((double) counts[2] / weights.length).isCloseTo(Math.exp(-1) / 2, within(0.005));
    }

    @Test
    void shouldBeReproducibleForASeed() {
        byte[] first = new byte[1001];
        byte[] second = new byte[1001];
        PoissonWeights.fill(new SplittableRandom(9), first);
        PoissonWeights.fill(new SplittableRandom(9), second);

        assertThat(second).isEqualTo(first);
    }
}
