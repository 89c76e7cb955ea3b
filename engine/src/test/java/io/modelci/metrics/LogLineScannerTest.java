package io.modelci.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LogLineScannerTest {
    private final LogLineScanner scanner = new LogLineScanner();

    private Map<String, Double> pairs(final String line) {
        byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
        Map<String, Double> found = new LinkedHashMap<>();
        if (scanner.scan(bytes, 0, bytes.length)) {
            for (int k = 0; k < scanner.pairs; k++) {
                found.put(new String(bytes, scanner.keyStarts[k], scanner.keyLengths[k],
                        StandardCharsets.ISO_8859_1), scanner.values[k]);
            }
        }
        return found;
    }

    @Test
    void shouldReadKeyEqualsValueAfterAnEpochMarker() {
        assertThat(pairs("epoch 3 loss=0.21 val_acc=0.93")).containsExactly(
                Map.entry("loss", 0.21), Map.entry("val_acc", 0.93));
        assertThat(scanner.step).isEqualTo(3);
    }

    @Test
    void shouldReadKeyColonValueAfterAStepMarker() {
        assertThat(pairs("step=100 loss: 0.5")).containsExactly(Map.entry("loss", 0.5));
        assertThat(scanner.step).isEqualTo(100);
    }

    @Test
    void shouldPreferStepOverEpoch() {
        assertThat(pairs("Epoch [2/10], Step [300/600], Loss: 0.2")).containsExactly(Map.entry("Loss", 0.2));
        assertThat(scanner.step).isEqualTo(300);
        assertThat(scanner.hasWholeStep).isTrue();
    }

    @Test
    void shouldReadPythonDictReprsWithFractionalEpochsAsUnnumbered() {
        assertThat(pairs("{'loss': 0.6931, 'learning_rate': 5e-05, 'epoch': 0.5}")).containsExactly(
                Map.entry("loss", 0.6931), Map.entry("learning_rate", 5e-05));
        assertThat(scanner.hasMarker).isTrue();
        assertThat(scanner.hasWholeStep).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "loss=0.5 acc=0.9",
        "epoch 3",
        "epochs=3 loss=0.5",
        "2026-01-01 12:00:00 step took 5s loss=0.5",
        "469/469 - 3s 5ms/step - loss: 0.29",
        "epoch 3 version=1.2.3 eta=5s acc=93%",
        "epoch 3 12:30:01 loss=tensor(0.5)",
    })
    void shouldIgnoreLinesWithoutAMarkerOrWithoutNumbers(final String line) {
        assertThat(pairs(line)).isEmpty();
    }

    @Test
    void shouldIgnoreNonMetricTokensOnAMetricLine() {
        assertThat(pairs("[INFO] 14:00:05,001 train.py:88 cuda:0 epoch 1 model=resnet loss=-1.5e-3, ok=1;x=2|y=3)"))
                .containsExactly(Map.entry("loss", -1.5e-3), Map.entry("ok", 1.0), Map.entry("x", 2.0),
                        Map.entry("y", 3.0));
    }

    @Test
    void shouldStopAtTheLineBreakAndSayWhere() {
        byte[] bytes = "epoch 1 loss=0.5\nstep 2 acc=0.7\n".getBytes(StandardCharsets.ISO_8859_1);

        int end = scanner.scanLine(bytes, 0, bytes.length);

        assertThat(end).isEqualTo(16);
        assertThat(scanner.found()).isTrue();
        assertThat(scanner.pairs).isEqualTo(1);
        assertThat(scanner.values[0]).isEqualTo(0.5);
        assertThat(scanner.scanLine(bytes, end + 1, bytes.length)).isEqualTo(bytes.length - 1);
        assertThat(scanner.step).isEqualTo(2);
        assertThat(scanner.values[0]).isEqualTo(0.7);
    }

    @Test
    void shouldParseNumbersExactlyLikeTheJdk() {
        Random random = new Random(42);
        for (int k = 0; k < 20_000; k++) {
            double expected = switch (k % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextGaussian() * 1e6;
                case 2 -> Math.scalb(random.nextDouble(), random.nextInt(200) - 100);
                default -> Math.round(random.nextDouble() * 1e6) / 1e4;
            };
            // plain decimals of every length up to 17 digits, as Python's f-strings print them
            String text = k % 8 == 7 ? String.format(java.util.Locale.ROOT, "%." + (k % 17) + "f", expected)
                    : Double.toString(expected);
            byte[] bytes = ("step 1 v=" + text).getBytes(StandardCharsets.ISO_8859_1);
            assertThat(scanner.scan(bytes, 0, bytes.length)).as(text).isTrue();
            assertThat(scanner.values[0]).as(text).isEqualTo(Double.parseDouble(text));
        }
        assertThat(pairs("step 1 a=12345678901234567890123 b=0.1 c=.5 d=7.")).containsExactly(
                Map.entry("a", 12345678901234567890123.0), Map.entry("b", 0.1), Map.entry("c", 0.5),
                Map.entry("d", 7.0));
    }
}
