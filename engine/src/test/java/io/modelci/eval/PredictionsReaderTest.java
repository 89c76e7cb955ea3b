package io.modelci.eval;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PredictionsReaderTest {
    @TempDir
    Path dir;

    private Path write(final String name, final String content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static Predictions binary(final Path file) {
        return PredictionsReader.read(file, ReadOptions.of(Task.BINARY));
    }

    @Test
    void shouldReadCommaSeparatedBinaryPredictions() throws IOException {
        Predictions p = binary(write("p.csv", "label,score\n1,0.9\n0,0.2\n1,0.4\n"));

        assertThat(p.rows()).isEqualTo(3);
        assertThat(p.actual).containsExactly(1, 0, 1);
        assertThat(p.score).containsExactly(0.9, 0.2, 0.4);
        assertThat(p.predicted).containsExactly(1, 0, 0);
        assertThat(p.positiveLabel()).contains("1");
    }

    @Test
    void shouldHandleByteOrderMarkCrlfQuotesAndTabs() throws IOException {
        Predictions p = binary(write("p.tsv", "\uFEFF\"label\"\tscore\tnote\r\n\"yes\"\t\"0.75\"\t\"a\ttab, \"\"quoted\"\"\nand a line\"\r\n"
                + "no\t0.25\tplain\r\n\r\n"));

        assertThat(p.rows()).isEqualTo(2);
        assertThat(p.actual).containsExactly(1, 0);
        assertThat(p.score).containsExactly(0.75, 0.25);
    }

    @Test
    void shouldDetectSemicolonsAndReadSlicesAndIds() throws IOException {
        Predictions p = PredictionsReader.read(write("p.csv", "id;label;score;region\na;1;0.9;eu\nb;0;0.1;us\nc;0;0.6;eu\n"),
                ReadOptions.of(Task.BINARY).withSliceBy(List.of("region")).withIdColumn("id"));

        assertThat(p.sliceColumns()).containsExactly("region");
        assertThat(p.slices.get("region").values()).containsExactly("eu", "us");
        assertThat(p.slices.get("region").codes()).containsExactly(0, 1, 0);
        assertThat(p.ids).containsExactly("a", "b", "c");
    }

    @Test
    void shouldReadRowsThatSpanTheReadBuffer() throws IOException {
        StringBuilder content = new StringBuilder("label,score\n");
        int rows = 400_000;
        for (int i = 0; i < rows; i++) {
            content.append(i % 3 == 0 ? "1" : "0").append(',').append(i % 1000 / 1000.0).append('\n');
        }
        Predictions p = binary(write("big.csv", content.toString()));

        assertThat(p.rows()).isEqualTo(rows);
        assertThat(p.score[rows - 1]).isEqualTo((rows - 1) % 1000 / 1000.0);
        assertThat(p.actual[rows - 3]).isEqualTo((byte) ((rows - 3) % 3 == 0 ? 1 : 0));
    }

    @Test
    void shouldFingerprintTheFileContent() throws IOException {
        Path file = write("p.csv", "label,score\n1,0.9\n");

        assertThat(binary(file).sha256()).contains("aa870bf6cd923c5935c22cefcb2cf58c364fffd41ed01d91b327328f36d00ede");
    }

    @Test
    void shouldReadMulticlassWithStringLabelsInSortedClassOrder() throws IOException {
        Predictions p = PredictionsReader.read(write("m.csv",
                "label,prediction,proba_dog,proba_cat,proba_bird\ndog,cat,0.2,0.7,0.1\nbird,bird,0.1,0.1,0.8\n"),
                ReadOptions.of(Task.MULTICLASS));

        assertThat(p.classes()).containsExactly("bird", "cat", "dog");
        assertThat(p.actualClass).containsExactly(2, 0);
        assertThat(p.predictedClass).containsExactly(1, 0);
        assertThat(p.proba[1]).containsExactly(0.7, 0.1);
    }

    @Test
    void shouldReadRegressionAndJsonLines() throws IOException {
        Predictions p = PredictionsReader.read(write("r.jsonl",
                "{\"label\": 1.5, \"prediction\": 2}\n\n{\"prediction\": 3.25, \"label\": -1}\n"),
                ReadOptions.of(Task.REGRESSION));

        assertThat(p.actualValue).containsExactly(1.5, -1.0);
        assertThat(p.predictedValue).containsExactly(2.0, 3.25);
    }

    @Test
    void shouldDropNanRowsWhenAskedAndSaySo() throws IOException {
        Predictions p = PredictionsReader.read(write("p.csv", "label,score\n1,0.9\n0,NaN\n1,\n0,0.1\n"),
                ReadOptions.of(Task.BINARY).withDropInvalid(true));

        assertThat(p.rows()).isEqualTo(2);
        assertThat(p.warnings()).singleElement().asString().contains("dropped 2 rows").contains("line 3");
    }

    private void assertError(final String content, final ReadOptions options, final long line, final long column,
            final String problem) throws IOException {
        Path file = write("bad.csv", content);
        assertThatThrownBy(() -> PredictionsReader.read(file, options))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.getSource()).contains(file.toString());
                    assertThat(e.getLine()).isEqualTo(line);
                    assertThat(e.getColumn()).isEqualTo(column);
                    assertThat(e.getProblem()).contains(problem);
                });
    }

    @Test
    void shouldNameLineAndColumnOfANonNumericScore() throws IOException {
        assertError("label,score\n1,0.5\n0,high\n", ReadOptions.of(Task.BINARY), 3, 2, "'high' is not a number");
    }

    @Test
    void shouldRejectAThirdLabelInABinaryTask() throws IOException {
        assertError("score,label\n0.5,1\n0.1,0\n0.3,2\n", ReadOptions.of(Task.BINARY), 4, 2, "third label");
    }

    @Test
    void shouldRejectAProbabilityOutsideZeroOne() throws IOException {
        assertError("label,score\n1,1.5\n", ReadOptions.of(Task.BINARY), 2, 2, "outside [0, 1]");
    }

    @Test
    void shouldRejectProbabilitiesThatDoNotSumToOne() throws IOException {
        assertError("label,prediction,proba_a,proba_b\na,a,0.6,0.4\nb,a,0.6,0.3\n", ReadOptions.of(Task.MULTICLASS),
                3, 3, "sum to");
    }

    @Test
    void shouldRejectAMissingColumn() throws IOException {
        assertError("label,prob\n1,0.5\n", ReadOptions.of(Task.BINARY), 1, 0, "missing column");
    }

    @Test
    void shouldRejectAnEmptyFile() throws IOException {
        assertError("", ReadOptions.of(Task.BINARY), 0, 0, "empty file");
        assertError("label,score\n", ReadOptions.of(Task.BINARY), 0, 0, "empty file");
    }

    @Test
    void shouldRejectARaggedRow() throws IOException {
        assertError("label,score\n1,0.5\n0,0.2,extra\n", ReadOptions.of(Task.BINARY), 3, 3, "ragged row");
        assertError("label,score\n1,0.5\n0\n", ReadOptions.of(Task.BINARY), 3, 2, "ragged row");
    }

    @Test
    void shouldRejectNanWithoutDropInvalid() throws IOException {
        assertError("label,score\n1,0.5\n0,NaN\n", ReadOptions.of(Task.BINARY), 3, 2, "drop-invalid");
    }

    @Test
    void shouldAskForThePositiveLabelWhenItCannotTell() throws IOException {
        assertError("label,score\ncat,0.5\ndog,0.2\n", ReadOptions.of(Task.BINARY), 0, 0, "positive");
        Predictions p = PredictionsReader.read(write("ok.csv", "label,score\ncat,0.5\ndog,0.2\n"),
                ReadOptions.of(Task.BINARY).withPositiveLabel("dog"));
        assertThat(p.actual).containsExactly(0, 1);
    }
}
