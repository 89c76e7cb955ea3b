package io.modelci.check;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {
    @Test
    void shouldReadCommonUnitsAndBareSeconds() {
        assertThat(Durations.parse("500ms", "timeout")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("1.5s", "timeout")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("2m", "duration")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("30", "duration")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldNameTheOptionOfABadDuration() {
        assertThatThrownBy(() -> Durations.parse("soon", "duration")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("'duration': 'soon' is not a duration");
        assertThatThrownBy(() -> Durations.parse("0s", "timeout")).hasMessageContaining("positive");
    }
}
