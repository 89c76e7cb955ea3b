package io.modelci.run;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFingerprintTest {
    @TempDir
    Path temp;

    /** A data set of many files in nested directories, created in a shuffled order. */
    private Path dataSet(final Path checkout, final boolean reverse) throws Exception {
        Path data = Files.createDirectories(checkout.resolve("data/train"));
        for (int i = 0; i < 300; i++) {
            int n = reverse ? 299 - i : i;
            Path shard = Files.createDirectories(data.resolve("shard-" + n % 7));
            Files.writeString(shard.resolve("part-" + n + ".csv"), "id,label\n" + n + "," + n % 2 + "\n");
        }
        Files.writeString(checkout.resolve("labels.txt"), "cat\ndog\n");
        return checkout;
    }

    @Test
    void shouldBeStableAcrossCheckoutsAndCreationOrder() throws Exception {
        Path one = dataSet(temp.resolve("one"), false);
        Path two = dataSet(temp.resolve("elsewhere/two"), true);

        String first = DataFingerprint.of(one, List.of("data/train", "labels.txt"));

        assertThat(first).hasSize(64).isEqualTo(DataFingerprint.of(one, List.of("data/train", "labels.txt")))
                .isEqualTo(DataFingerprint.of(two, List.of("data/train", "labels.txt")));
    }

    @Test
    void shouldChangeWhenAFileChangesOrMoves() throws Exception {
        Path checkout = dataSet(temp.resolve("c"), false);
        String before = DataFingerprint.of(checkout, List.of("data/train"));

        Files.writeString(checkout.resolve("data/train/shard-3/part-3.csv"), "id,label\n3,0\n");
        String edited = DataFingerprint.of(checkout, List.of("data/train"));
        Files.move(checkout.resolve("data/train/shard-3/part-3.csv"), checkout.resolve("data/train/part-3.csv"));
        String moved = DataFingerprint.of(checkout, List.of("data/train"));

        assertThat(edited).isNotEqualTo(before);
        assertThat(moved).isNotEqualTo(edited).isNotEqualTo(before);
    }

    @Test
    void shouldNotConfuseContentAcrossFileBoundaries() throws Exception {
        Path a = Files.createDirectories(temp.resolve("a/d"));
        Files.writeString(a.resolve("x"), "ab");
        Files.writeString(a.resolve("y"), "c");
        Path b = Files.createDirectories(temp.resolve("b/d"));
        Files.writeString(b.resolve("x"), "a");
        Files.writeString(b.resolve("y"), "bc");

        assertThat(DataFingerprint.of(temp.resolve("a"), List.of("d")))
                .isNotEqualTo(DataFingerprint.of(temp.resolve("b"), List.of("d")));
    }

    @Test
    void shouldRejectAMissingPath() {
        assertThatThrownBy(() -> DataFingerprint.of(temp, List.of("nope"))).isInstanceOf(InputException.class)
                .hasMessageContaining("'nope' does not exist");
    }
}
