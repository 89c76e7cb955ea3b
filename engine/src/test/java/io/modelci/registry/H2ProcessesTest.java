package io.modelci.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several real processes on one embedded H2 file: sharing, a killed promoter, a corrupt and a locked file. */
class H2ProcessesTest {
    @TempDir
    Path temp;

    private String url() {
        return RegistryUrls.forFolder(temp.resolve("registry"));
    }

    private static Process start(final String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), RegistryWorkerMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static BufferedReader output(final Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldShareOneFileBetweenFourProcessesWithoutLosingAPromotion() throws Exception {
        try (JdbcRegistry registry = JdbcRegistry.open(url(), null, null)) {
            PromotionRace.prepare(registry);
        }
        int attempts = 25;
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            processes.add(start("promote", url(), String.valueOf(attempts), "process-" + p));
        }
        List<Long> successes = new ArrayList<>();
        int conflicts = 0;
        for (Process process : processes) {
            List<String> lines = output(process).lines().toList();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
            assertThat(lines).last().isEqualTo("DONE");
            for (String line : lines) {
                if (line.startsWith("OK ")) {
                    successes.add(Long.parseLong(line.substring(3)));
                }
                else if (line.equals("CONFLICT")) {
                    conflicts++;
                }
            }
        }

        assertThat(successes.size() + conflicts).isEqualTo(4 * attempts);
        assertThat(successes).doesNotHaveDuplicates();
        try (JdbcRegistry registry = JdbcRegistry.open(url(), null, null)) {
            PromotionRace.assertConsistent(registry, successes);
        }
    }

    @Test
    void shouldLeaveTheRegistryConsistentWhenAPromoterIsKilled() throws Exception {
        try (JdbcRegistry registry = JdbcRegistry.open(url(), null, null)) {
            PromotionRace.prepare(registry);
        }
        Process process = start("promote", url(), "0", "doomed");
        List<Long> promised = new ArrayList<>();
        BufferedReader lines = output(process);
        for (String line = lines.readLine(); line != null && promised.size() < 40; line = lines.readLine()) {
            if (line.startsWith("OK ")) {
                promised.add(Long.parseLong(line.substring(3)));
            }
        }
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close, mid-loop
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (JdbcRegistry registry = JdbcRegistry.open(url(), null, null)) {
            List<AliasEvent> history = registry.aliasHistory(PromotionRace.MODEL, PromotionRace.ALIAS);
            assertThat(history).extracting(AliasEvent::id).containsAll(promised);
            List<Long> written = history.subList(1, history.size()).stream().map(AliasEvent::id).toList();
            PromotionRace.assertConsistent(registry, written);
            // the registry still works after the crash
            assertThat(PromotionRace.attempt(registry, "survivor")).isPresent();
        }
    }

    @Test
    void shouldCreateTheRegistryFolderPrivate() throws Exception {
        try (JdbcRegistry registry = JdbcRegistry.openFolder(temp.resolve("private"))) {
            assertThat(registry.listModels()).isEmpty();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(temp.resolve("private")))).isEqualTo("rwx------");
    }

    @Test
    void shouldRefuseACorruptFileAndLeaveItUntouched() throws Exception {
        Path file = temp.resolve("registry").resolve(RegistryUrls.H2_FILE_NAME + ".mv.db");
        Files.createDirectories(file.getParent());
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> JdbcRegistry.open(url(), null, null)).isInstanceOf(RegistryException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("corrupt")
                .hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void shouldExplainALockedFile() throws Exception {
        String plainUrl = "jdbc:h2:file:" + temp.resolve("registry").resolve(RegistryUrls.H2_FILE_NAME);
        Process holder = start("hold", plainUrl);
        try {
            assertThat(output(holder).readLine()).isEqualTo("READY");

            assertThatThrownBy(() -> JdbcRegistry.open(url(), null, null)).isInstanceOf(RegistryException.class)
                    .hasMessageContaining("locked by another process");
        }
        finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
