package io.modelci.run;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {
    @Test
    void shouldParseTheUsualForms() {
        assertThat(Durations.parse("90s", "timeout")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("30m", "timeout")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Durations.parse("2h", "timeout")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("1h30m", "timeout")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1d", "timeout")).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void shouldRejectWhatIsNotADuration() {
        assertThatThrownBy(() -> Durations.parse("2 hours", "timeout")).isInstanceOf(InputException.class)
                .hasMessage("'timeout': '2 hours' is not a duration; write e.g. 90s, 30m, 2h or 1h30m");
        assertThatThrownBy(() -> Durations.parse("90", "timeout")).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> Durations.parse("0s", "timeout")).isInstanceOf(InputException.class)
                .hasMessageContaining("longer than zero");
    }

    @Test
    void shouldFormatForPeople() {
        assertThat(Durations.format(Duration.ofMillis(4200))).isEqualTo("4.2s");
        assertThat(Durations.format(Duration.ofSeconds(125))).isEqualTo("2m05s");
        assertThat(Durations.format(Duration.ofSeconds(3723))).isEqualTo("1h02m03s");
    }
}
