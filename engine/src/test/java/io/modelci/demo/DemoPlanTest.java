package io.modelci.demo;

import io.modelci.demo.DemoCandidate.Expectation;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoPlanTest {
    @Test
    void shouldTellTheFirstStoryAsBaselineBetterWorse() {
        List<DemoCandidate> round = DemoPlan.round(1);

        assertThat(round).extracting(DemoCandidate::name).containsExactly("baseline", "better", "worse");
        assertThat(round).extracting(DemoCandidate::expectation)
                .containsExactly(Expectation.PROMOTE, Expectation.PROMOTE, Expectation.REJECT);
        assertThat(round.get(0).options()).isEqualTo("(defaults)");
        assertThat(round.get(1).trainerArgs()).containsExactly("--bins", "10", "--epochs", "30", "--learning-rate", "0.1");
    }

    @Test
    void shouldNeverTrainTheSameCandidateTwiceInLaterRounds() {
        Set<List<String>> seen = new HashSet<>();
        for (int round = 1; round <= 10; round++) {
            for (DemoCandidate candidate : DemoPlan.round(round)) {
                assertThat(seen.add(candidate.trainerArgs())).as("round %d %s", round, candidate.name()).isTrue();
            }
        }
        assertThat(DemoPlan.round(2)).extracting(DemoCandidate::expectation)
                .containsExactly(Expectation.EITHER, Expectation.REJECT);
    }

    @Test
    void shouldRefuseRoundZero() {
        assertThatThrownBy(() -> DemoPlan.round(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
