package io.modelci.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {
    @TempDir
    Path temp;

    @Test
    void shouldAgreeWithSha256sumAcrossBufferBoundaries() throws Exception {
        Path file = temp.resolve("model.bin");
        byte[] chunk = new byte[Sha256.BUFFER_SIZE / 3 + 17];
        new Random(42).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 7; i++) {
                out.write(chunk);
            }
        }
        Process sha256sum = new ProcessBuilder("sha256sum", file.toString()).start();
        String expected = new String(sha256sum.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split(" ")[0];
        assertThat(sha256sum.waitFor()).isZero();

        assertThat(Sha256.of(file)).isEqualTo(expected);
    }

    @Test
    void shouldHashAnEmptyFile() throws Exception {
        assertThat(Sha256.of(Files.createFile(temp.resolve("empty"))))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
