package io.modelci.metrics;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.modelci.metrics.TestFiles.bad;
import static io.modelci.metrics.TestFiles.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogMetricsParserTest {
    @Test
    void shouldReadMetricLinesOfARealLogAndIgnoreTheRest() {
        Metrics metrics = LogMetricsParser.scanFile(good("train.log"));

        assertThat(metrics.values()).containsOnlyKeys("loss", "val_acc", "lr", "Loss", "learning_rate");
        assertThat(metrics.history("loss")).containsExactly(MetricPoint.of(1, 0.91), MetricPoint.of(2, 0.52),
                MetricPoint.of(3, 0.30));
        assertThat(metrics.history("val_acc")).containsExactly(MetricPoint.of(1, 0.61), MetricPoint.of(2, 0.82),
                MetricPoint.of(300, 0.90));
        assertThat(metrics.history("Loss")).containsExactly(MetricPoint.of(300, 0.31));
        assertThat(metrics.values()).containsEntry("learning_rate", 5e-5).containsEntry("lr", 1e-3);
    }

    @Test
    void shouldGiveSnapshotsWhileLinesArrive() {
        LogMetricsParser parser = LogMetricsParser.defaultFormat();

        parser.accept("epoch 1 loss=0.9 val_acc=0.5");
        Metrics first = parser.snapshot();
        parser.accept("downloading weights: 100%");
        parser.accept("step=100 loss: 0.5\n");
        Metrics second = parser.snapshot();

        assertThat(first.values()).containsEntry("loss", 0.9).containsEntry("val_acc", 0.5);
        assertThat(second.history("loss")).containsExactly(MetricPoint.of(1, 0.9), MetricPoint.of(100, 0.5));
        assertThat(second.value("loss")).contains(0.5);
        assertThat(parser.lines()).isEqualTo(3);
        assertThat(parser.metricLines()).isEqualTo(2);
    }

    @Test
    void shouldKeepAndFlagNaNAndInfinity() {
        LogMetricsParser parser = LogMetricsParser.defaultFormat();

        parser.accept("epoch 1 loss=nan grad=inf bias=-Infinity acc=0.5");

        Metrics metrics = parser.snapshot();
        assertThat(metrics.value("loss")).hasValueSatisfying(value -> assertThat(value).isNaN());
        assertThat(metrics.value("bias")).contains(Double.NEGATIVE_INFINITY);
        assertThat(metrics.nonFinite()).containsExactly("bias", "grad", "loss");
    }

    @Test
    void shouldReadACustomRegexWithStepGroup() {
        Metrics metrics = LogMetricsParser.scanFile(good("custom.log"),
                "iteration (?<step>\\d+): metric (?<name>\\w+) is (?<value>\\S+)");

        assertThat(metrics.history("loss")).containsExactly(MetricPoint.of(10, 0.5), MetricPoint.of(20, 0.4));
        assertThat(metrics.history("acc")).containsExactly(MetricPoint.of(20, 0.7));
    }

    @Test
    void shouldNumberPointsWhenTheRegexHasNoStepGroup() {
        LogMetricsParser parser = LogMetricsParser.create("live", "(?<name>\\w+) is (?<value>\\S+)");

        parser.accept("loss is 0.5");
        parser.accept("loss is 0.4 and acc is 0.7");
        parser.accept("loss is high");

        Metrics metrics = parser.snapshot();
        assertThat(metrics.history("loss")).containsExactly(MetricPoint.of(0, 0.5), MetricPoint.of(1, 0.4));
        assertThat(metrics.history("acc")).containsExactly(MetricPoint.of(0, 0.7));
        assertThat(metrics.sourceOf("loss")).contains("live");
    }

    @Test
    void shouldRejectARegexWithoutTheRequiredGroups() {
        assertThatThrownBy(() -> LogMetricsParser.create(null, "(\\w+)=(\\S+)"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'--log-regex'").hasMessageContaining("(?<name>...)");
        assertThatThrownBy(() -> LogMetricsParser.create(null, "(?<name>\\w+=("))
                .isInstanceOf(InputException.class).hasMessageContaining("not a valid regex");
    }

    @Test
    void shouldSayWhenALogHasNoMetricLine() {
        assertThatThrownBy(() -> LogMetricsParser.scanFile(bad("no-metrics.log")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no-metrics.log: no numeric metric found in 2 lines");
    }

    @Test
    void shouldSayWhenALogIsEmpty(@TempDir final Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.log"));

        assertThatThrownBy(() -> LogMetricsParser.scanFile(empty))
                .isInstanceOf(InputException.class).hasMessageContaining("empty.log: file is empty");
    }

    @Test
    void shouldThinOutLongHistoriesEvenlyAndKeepTheLatestPoint() {
        LogMetricsParser parser = LogMetricsParser.create(null, null, 8);

        for (int step = 0; step < 100; step++) {
            parser.accept("step " + step + " loss=" + (step == 37 ? "nan" : Double.toString(1.0 / (step + 1))));
        }

        Metrics metrics = parser.snapshot();
        assertThat(metrics.history("loss")).hasSizeLessThanOrEqualTo(9);
        assertThat(metrics.history("loss")).extracting(MetricPoint::step).startsWith(0L).endsWith(99L).isSorted();
        assertThat(metrics.value("loss")).contains(1.0 / 100);
        assertThat(metrics.nonFinite()).containsExactly("loss");
    }

    @Test
    void shouldReadLinesAcrossBufferBoundariesAndSurviveAnOverlongLine(@TempDir final Path dir) throws IOException {
        Path log = dir.resolve("big.log");
        int lines = 60_000;
        try (BufferedWriter writer = Files.newBufferedWriter(log)) {
            writer.write("x".repeat(3 << 20) + " step 1 bogus=1\n");
            for (int step = 0; step < lines; step++) {
                writer.write("[INFO] worker 3 epoch " + step + " loss=" + step + ".5 acc=0.25\n");
            }
        }

        Metrics metrics = LogMetricsParser.scanFile(log);

        assertThat(metrics.values()).containsOnlyKeys("loss", "acc");
        assertThat(metrics.value("loss")).contains(lines - 0.5);
        assertThat(metrics.history("loss")).extracting(MetricPoint::value)
                .allSatisfy(value -> assertThat(value % 1).isEqualTo(0.5));
        assertThat(metrics.history("loss")).hasSizeLessThanOrEqualTo(LogMetricsParser.DEFAULT_HISTORY_CAPACITY + 1);
    }

    @Test
    void shouldTakeLinesAndGiveSnapshotsFromDifferentThreads() throws InterruptedException {
        LogMetricsParser parser = LogMetricsParser.defaultFormat();
        int lines = 50_000;
        Thread writer = new Thread(() -> {
            for (int step = 0; step < lines; step++) {
                parser.accept("step " + step + " loss=" + step);
            }
        });

        writer.start();
        while (writer.isAlive()) {
            Metrics snapshot = parser.snapshot();
            snapshot.value("loss").ifPresent(latest ->
                    assertThat(snapshot.history("loss").get(snapshot.history("loss").size() - 1).value())
                            .isEqualTo(latest));
        }
        writer.join();

        assertThat(parser.snapshot().value("loss")).contains(lines - 1.0);
        assertThat(parser.metricLines()).isEqualTo(lines);
    }

    @Test
    void shouldSkipRegexMatchesWithInvalidNamesOrValues() {
        LogMetricsParser parser = LogMetricsParser.create(null, "(?<name>[^=\\s]+)=(?<value>\\S+)");

        parser.accept("val acc=0.5 ok=1 bad=x wei$rd=2");

        assertThat(parser.snapshot().values()).containsOnlyKeys("acc", "ok");
    }
}
