package io.modelci.check;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenSetTest {
    @Test
    void shouldReadJsonLinesWithTheirLineNumbers(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("golden.jsonl");
        Files.writeString(file, "{\"input\":{\"a\":1},\"expected\":\"yes\"}\n\n{\"input\":{\"a\":2},\"expected\":{\"score\":0.5}}\n");

        List<GoldenCase> cases = GoldenSet.read(file);

        assertThat(cases).extracting(GoldenCase::line).containsExactly(1L, 3L);
        assertThat(cases.get(1).expected().get("score").doubleValue()).isEqualTo(0.5);
    }

    @Test
    void shouldReadCsvWithTypedInputsAndExpectedFields(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("golden.csv");
        Files.writeString(file, "state,calls,zip,expected_label\nKS,4,007,yes\n\"N,J\",,1e3,no\n");

        List<GoldenCase> cases = GoldenSet.read(file);

        assertThat(cases.get(0).input().toString()).isEqualTo("{\"state\":\"KS\",\"calls\":4,\"zip\":\"007\"}");
        assertThat(cases.get(0).expected().toString()).isEqualTo("{\"label\":\"yes\"}");
        assertThat(cases.get(1).input().toString()).isEqualTo("{\"state\":\"N,J\",\"zip\":1000.0}");
    }

    @Test
    void shouldNameTheLineOfABadJsonLine(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("golden.jsonl");
        Files.writeString(file, "{\"input\":{},\"expected\":1}\n{\"input\":{}}\n");

        assertThatThrownBy(() -> GoldenSet.read(file)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":2: ").hasMessageContaining("\"expected\"");
    }

    @Test
    void shouldRejectACsvWithoutExpectedColumns(@TempDir final Path folder) throws Exception {
        Path file = folder.resolve("golden.csv");
        Files.writeString(file, "a,b\n1,2\n");

        assertThatThrownBy(() -> GoldenSet.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("'expected'");
    }
}
