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
        assertThat(Durations.parse("500ms", "timeout")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("1.5s", "timeout")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse(" 2M ", "timeout")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1m30s", "timeout")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void shouldRejectWhatIsNotADuration() {
        assertThatThrownBy(() -> Durations.parse("2 hours", "timeout")).isInstanceOf(InputException.class)
                .hasMessage("'timeout': '2 hours' is not a duration; write e.g. 500ms, 90s, 30m, 2h or 1h30m");
        assertThatThrownBy(() -> Durations.parse("90", "timeout")).isInstanceOf(InputException.class)
                .hasMessage("'timeout': '90' has no unit; write 90s, 90m or 90h");
        assertThatThrownBy(() -> Durations.parse("1h30", "timeout")).isInstanceOf(InputException.class)
                .hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> Durations.parse("soon", "duration")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("'duration': 'soon' is not a duration");
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
