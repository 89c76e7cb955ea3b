package io.modelci.eval;

import io.modelci.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Big files are parsed as two halves on two threads; the result must be the one-pass result, errors included. */
class ParallelReadTest {
    private static final int ROWS = 60_000;
    private static final long DEFAULT_MIN = PredictionsReader.parallelMinBytes;

    @TempDir
    Path dir;

    @BeforeEach
    void splitEvenSmallFiles() {
        PredictionsReader.parallelMinBytes = 1;
    }

    @AfterEach
    void restore() {
        PredictionsReader.parallelMinBytes = DEFAULT_MIN;
    }

    private Path file(final String name, final String secondHalfRow, final boolean quoted) throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        StringBuilder csv = new StringBuilder("id,label,score,region\n");
        for (int i = 0; i < ROWS; i++) {
            if (i == ROWS * 3 / 4 && secondHalfRow != null) {
                csv.append(secondHalfRow).append('\n');
                continue;
            }
            // the second half brings labels and regions in another first-seen order
            String label = i < ROWS / 2 ? (i % 4 == 0 ? "yes" : "no") : (i % 4 == 0 ? "no" : "yes");
            String region = i < ROWS / 2 ? "r" + (i % 3) : "r" + (5 - i % 6);
            csv.append(quoted && i == 10 ? "\"id,\n10\"" : "id" + i).append(',').append(label).append(',')
                    .append(random.nextInt(1_000_001) / 1e6).append(',').append(region).append('\n');
        }
        Path path = dir.resolve(name);
        Files.writeString(path, csv);
        return path;
    }

    private static ReadOptions options() {
        return ReadOptions.of(Task.BINARY).withSliceBy(List.of("region")).withIdColumn("id").withDropInvalid(true);
    }

    private static Predictions sequential(final Path file) {
        PredictionsReader.parallelMinBytes = Long.MAX_VALUE;
        try {
            return PredictionsReader.read(file, options());
        }
        finally {
            PredictionsReader.parallelMinBytes = 1;
        }
    }

    private static void assertSame(final Predictions parallel, final Predictions sequential) {
        assertThat(parallel.rows).isEqualTo(sequential.rows);
        assertThat(parallel.actual).isEqualTo(sequential.actual);
        assertThat(parallel.score).isEqualTo(sequential.score);
        assertThat(parallel.ids).isEqualTo(sequential.ids);
        assertThat(parallel.warnings).isEqualTo(sequential.warnings);
        Predictions.SliceColumn a = parallel.slices.get("region");
        Predictions.SliceColumn b = sequential.slices.get("region");
        for (int i = 0; i < parallel.rows; i++) {
            assertThat(a.values().get(a.codes()[i])).isEqualTo(b.values().get(b.codes()[i]));
        }
    }

    @Test
    void shouldReadTheSameColumnsInTwoHalvesAsInOnePass() throws IOException {
        Path file = file("p.csv", "dropped,no,NaN,r0", false);

        Predictions parallel = PredictionsReader.read(file, options());

        assertThat(parallel.rows).isEqualTo(ROWS - 1);
        assertThat(parallel.warnings()).singleElement().asString().contains("line " + (ROWS * 3 / 4 + 2));
        assertSame(parallel, sequential(file));
    }

    @Test
    void shouldFallBackToOnePassWhenFieldsAreQuoted() throws IOException {
        Path file = file("q.csv", null, true);

        Predictions parallel = PredictionsReader.read(file, options());

        assertThat(parallel.ids[10]).isEqualTo("id,\n10");
        assertSame(parallel, sequential(file));
    }

    @Test
    void shouldReportAnErrorInTheSecondHalfOnItsLine() throws IOException {
        Path file = file("e.csv", "bad,no,0.5x,r1", false);

        assertThatThrownBy(() -> PredictionsReader.read(file, options())).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.getLine()).isEqualTo(ROWS * 3 / 4 + 2));
    }

    @Test
    void shouldReportAThirdLabelThatOnlyTheSecondHalfHas() throws IOException {
        Path file = file("l.csv", "third,maybe,0.5,r1", false);

        assertThatThrownBy(() -> PredictionsReader.read(file, options())).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.getLine()).isEqualTo(ROWS * 3 / 4 + 2);
                    assertThat(e.getProblem()).contains("third label value 'maybe'");
                });
    }

    @Test
    void shouldRankBigInputsInTwoHalvesExactlyAsInOne() {
        SplittableRandom random = new SplittableRandom(8);
        int n = Parallel.MIN_ROWS * 2 + 17;
        byte[] actual = new byte[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = (byte) (random.nextInt(5) == 0 ? 1 : 0);
            score[i] = random.nextInt(2000) / 2000.0;
        }
        assertRankedAlike(actual, score, n);
        score[n - 1] = 0.1234567;
        // now only the second half has a score with more than six decimals: both halves need the same keys
        assertRankedAlike(actual, score, n);
    }

    private static void assertRankedAlike(final byte[] actual, final double[] score, final int n) {
        byte[] ones = new byte[n];
        java.util.Arrays.fill(ones, (byte) 1);

        double[] split = Ranking.unweighted(actual, score, n);
        double[] oneOrder = Ranking.weighted(Ranking.order(actual, score, n), ones);

        assertThat(split[0]).isEqualTo(oneOrder[0]);
        assertThat(Ranking.weighted(Ranking.order(actual, score, n), ones, false)[0]).isEqualTo(split[0]);
        assertThat(split[1]).isCloseTo(oneOrder[1], org.assertj.core.api.Assertions.within(1e-14));
    }
}
