package io.modelci.report;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryReaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadAJsonHistoryWithGapsAndPromotions() {
        List<HistoryPoint> history = HistoryReader.readHistory(Fixtures.file("history.json"));
        assertThat(history).hasSize(120);
        assertThat(history.get(0).promoted()).isTrue();
        assertThat(history.get(0).version()).isEqualTo(2L);
        assertThat(history.get(4).metrics()).doesNotContainKey("f1");
        assertThat(history.get(32).metrics()).isEmpty();
        assertThat(history.stream().filter(HistoryPoint::promoted)).hasSize(6);
        assertThat(history.get(0).date()).isEqualTo(Instant.parse("2026-01-02T12:00:00Z"));
    }

    @Test
    void shouldReadACsvHistory() {
        List<HistoryPoint> history = HistoryReader.readHistory(Fixtures.file("history.csv"));
        assertThat(history).extracting(HistoryPoint::build).containsExactly(1L, 2L, 3L, 4L);
        assertThat(history).extracting(HistoryPoint::promoted).containsExactly(true, false, true, false);
        assertThat(history.get(1).metrics()).containsOnlyKeys("roc_auc");
        assertThat(history.get(3).metrics()).containsEntry("roc_auc", 0.887);
        assertThat(history.get(2).version()).isEqualTo(2L);
        assertThat(history.get(0).date()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(history.get(3).date()).isNull();
    }

    @Test
    void shouldSortHistoryByBuild() throws IOException {
        Path file = Files.writeString(dir.resolve("h.json"), "{\"points\":[{\"build\":9,\"metrics\":{\"f1\":1}},"
                + "{\"version\":4,\"metrics\":{\"f1\":0.5}}]}");
        assertThat(HistoryReader.readHistory(file)).extracting(HistoryPoint::build).containsExactly(4L, 9L);
    }

    @Test
    void shouldRejectBadHistoryWithItsLocation() throws IOException {
        Path noBuild = Files.writeString(dir.resolve("h.csv"), "version,f1\n1,0.5\n");
        assertThatThrownBy(() -> HistoryReader.readHistory(noBuild)).isInstanceOf(InputException.class)
                .hasMessageContaining("h.csv:1: 'build': missing");
        Path badCell = Files.writeString(dir.resolve("bad.csv"), "build,f1\n1,0.5\n2,oops\n");
        assertThatThrownBy(() -> HistoryReader.readHistory(badCell))
                .hasMessageContaining("bad.csv:3:2: 'f1': expected a number, found \"oops\"");
        Path ragged = Files.writeString(dir.resolve("ragged.tsv"), "build\tf1\n1\n");
        assertThatThrownBy(() -> HistoryReader.readHistory(ragged)).hasMessageContaining("ragged.tsv:2: 1 fields");
        Path badDate = Files.writeString(dir.resolve("d.json"), "{\"points\":[{\"build\":1,\"date\":\"yesterday\"}]}");
        assertThatThrownBy(() -> HistoryReader.readHistory(badDate))
                .hasMessageContaining("'points[0].date': expected an ISO date");
        Path noPoints = Files.writeString(dir.resolve("n.json"), "{}");
        assertThatThrownBy(() -> HistoryReader.readHistory(noPoints)).hasMessageContaining("'points': missing");
    }

    @Test
    void shouldReadLearningCurvesFromCsvAndJson() throws IOException {
        List<LearningCurve> csv = HistoryReader.readLearningCurves(Fixtures.file("learning-curves.csv"));
        assertThat(csv).extracting(LearningCurve::name).containsExactly("loss", "val_loss", "accuracy",
                "val_accuracy");
        assertThat(csv.get(0).size()).isEqualTo(60);
        assertThat(csv.get(0).steps()[59]).isEqualTo(59);
        Path json = Files.writeString(dir.resolve("c.json"), "{\"loss\":[3,2,1],"
                + "\"val_loss\":{\"steps\":[10,20],\"values\":[2.5,1.5]}}");
        List<LearningCurve> curves = HistoryReader.readLearningCurves(json);
        assertThat(curves.get(0).steps()).containsExactly(0, 1, 2);
        assertThat(curves.get(1).steps()).containsExactly(10, 20);
        Path noStep = Files.writeString(dir.resolve("n.tsv"), "loss\n0.5\n0.4\n");
        assertThat(HistoryReader.readLearningCurves(noStep).get(0).steps()).containsExactly(0, 1);
        Path mismatch = Files.writeString(dir.resolve("m.json"), "{\"loss\":{\"steps\":[1],\"values\":[2,3]}}");
        assertThatThrownBy(() -> HistoryReader.readLearningCurves(mismatch))
                .hasMessageContaining("'loss': 1 steps but 2 values");
    }
}
