package io.modelci.demo;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldoutSplitTest {
    @Test
    void shouldMatchTheValuesPythonComputes() {
        // hashlib.sha256(b"42:1").digest()[:8] >> 11, times 2**-53, as examples/python/modelci_split.py does.
        assertThat(HoldoutSplit.position(42, "1")).isEqualTo(0.01510574321081537);
        assertThat(HoldoutSplit.position(42, "13")).isEqualTo(0.08217394381283427);
        assertThat(HoldoutSplit.position(7, "abc")).isEqualTo(0.8508328768449043);
    }

    @Test
    void shouldSplitInRoughlyTheAskedShares() {
        Map<HoldoutSplit.Part, Integer> counts = new EnumMap<>(HoldoutSplit.Part.class);
        for (int id = 1; id <= 10_000; id++) {
            counts.merge(HoldoutSplit.DEFAULT.partOf(Integer.toString(id)), 1, Integer::sum);
        }

        assertThat(counts.get(HoldoutSplit.Part.HOLDOUT)).isBetween(1800, 2200);
        assertThat(counts.get(HoldoutSplit.Part.VALIDATION)).isBetween(850, 1150);
        assertThat(counts.get(HoldoutSplit.Part.TRAIN)).isBetween(6700, 7300);
    }

    @Test
    void shouldRejectFractionsThatLeaveNoTrainingRows() {
        assertThatThrownBy(() -> new HoldoutSplit(1, 0.6, 0.4)).isInstanceOf(IllegalArgumentException.class);
    }
}
