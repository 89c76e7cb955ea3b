package io.modelci.cli;

import io.modelci.gate.Decision;
import io.modelci.gate.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CompareCommandTest {
    private static final String POLICY = """
            checks:
              - metric: roc_auc
                min_improvement: 0.005
                significance: 0.05
                slices: [region]
              - metric: log_loss
                max_regression: 0.01
            bootstrap: 300
            seed: 5
            """;

    @TempDir
    Path dir;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    /** The same 1,200 rows scored by a sharp and a noisy model; ids let the champion's file be shuffled. */
    private Path[] files(final boolean shuffleChampion) throws IOException {
        Random random = new Random(11);
        List<String> sharp = new ArrayList<>();
        List<String> noisy = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            int label = random.nextDouble() < 0.4 ? 1 : 0;
            double signal = random.nextGaussian() + 1.5 * label;
            String region = i % 3 == 0 ? "eu" : "us";
            sharp.add(String.format(Locale.ROOT, "r%d,%d,%.6f,%s", i, label,
                    sigmoid(signal + 0.3 * random.nextGaussian()), region));
            noisy.add(String.format(Locale.ROOT, "r%d,%d,%.6f,%s", i, label,
                    sigmoid(signal + 2.0 * random.nextGaussian()), region));
        }
        if (shuffleChampion) {
            Collections.shuffle(noisy, new Random(3));
        }
        Path sharpFile = dir.resolve("sharp.csv");
        Path noisyFile = dir.resolve("noisy.csv");
        Files.writeString(sharpFile, "id,label,score,region\n" + String.join("\n", sharp) + "\n");
        Files.writeString(noisyFile, "id,label,score,region\n" + String.join("\n", noisy) + "\n");
        return new Path[] {sharpFile, noisyFile};
    }

    private static double sigmoid(final double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private Path policy() throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, POLICY);
        return file;
    }

    @Test
    void shouldPromoteABetterChallengerMatchedByIdAndPrintATable() throws IOException {
        Path[] files = files(true);

        int exit = cli.run("compare", "--task", "binary", "--challenger", files[0].toString(), "--champion",
                files[1].toString(), "--policy", policy().toString(), "--fail-on-reject");

        assertThat(exit).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).startsWith("PROMOTE: all 4 checks hold")
                .contains("paired on 1200 rows, seed 5, bootstrap 300")
                .contains("  ✓ roc_auc [region=eu]")
                .contains("roc_auc improved by ");
    }

    @Test
    void shouldExitOneOnRejectOnlyWhenAsked() throws IOException {
        Path[] files = files(false);
        String[] swapped = {"compare", "--task", "binary", "--challenger", files[1].toString(), "--champion",
            files[0].toString(), "--policy", policy().toString(), "--json"};

        int lenient = cli.run(swapped);
        Verdict verdict = Verdict.fromJson(cli.out());
        int strict = cli.run(append(swapped, "--fail-on-reject"));

        assertThat(lenient).isEqualTo(0);
        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.checks().get(0).reason()).contains("roc_auc got worse by");
        assertThat(verdict.challengerFingerprint()).hasSize(64);
        assertThat(strict).isEqualTo(1);
    }

    @Test
    void shouldGiveTheSameVerdictBytesTwice() throws IOException {
        Path[] files = files(true);
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        String[] args = {"compare", "--task", "binary", "--challenger", files[0].toString(), "--champion",
            files[1].toString(), "--policy", policy().toString(), "--output"};

        cli.run(append(args, first.toString()));
        cli.run(append(args, second.toString()));

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first)).contains("\"decision\" : \"PROMOTE\"");
    }

    @Test
    void shouldCompareUnpairedAgainstChampionMetricsAndMarkIt() throws IOException {
        Path[] files = files(false);
        Path metrics = dir.resolve("champion.json");
        Files.writeString(metrics, "{\"task\": \"binary\", \"rows\": 900, \"metrics\": {\"roc_auc\": 0.70, "
                + "\"log_loss\": 0.60}, \"slices\": {\"region\": {\"eu\": {\"rows\": 300, \"metrics\": "
                + "{\"roc_auc\": 0.69}}, \"us\": {\"rows\": 600, \"metrics\": {\"roc_auc\": 0.71}}}}}");
        Path pointPolicy = dir.resolve("point.yaml");
        Files.writeString(pointPolicy, POLICY.replace("    significance: 0.05\n", ""));

        int exit = cli.run("compare", "--task", "binary", "--challenger", files[0].toString(), "--champion-metrics",
                metrics.toString(), "--policy", pointPolicy.toString(), "--json");

        assertThat(exit).as(cli.err()).isEqualTo(0);
        Verdict verdict = Verdict.fromJson(cli.out());
        assertThat(verdict.decision()).isEqualTo(Decision.PROMOTE);
        assertThat(verdict.unpaired()).isTrue();
        assertThat(verdict.checks()).hasSize(4).allSatisfy(check -> assertThat(check.test()).isEqualTo("none"));
    }

    @Test
    void shouldHoldACheckedLatencyInAPairedComparison() throws IOException {
        Path[] files = files(true);
        Path latencyPolicy = dir.resolve("latency.yaml");
        Files.writeString(latencyPolicy, POLICY.replace("bootstrap: 300", """
                  - metric: latency_p99_ms
                    max_value: 250
                bootstrap: 300"""));
        Path fast = dir.resolve("fast.json");
        Path slow = dir.resolve("slow.json");
        Files.writeString(fast, "{\"metrics\": {\"latency_p99_ms\": 180.5, \"error_rate\": 0.0}}");
        Files.writeString(slow, "{\"metrics\": {\"latency_p99_ms\": 320.0}}");
        String[] args = {"compare", "--task", "binary", "--challenger", files[0].toString(), "--champion",
            files[1].toString(), "--policy", latencyPolicy.toString(), "--json"};

        Verdict unchecked = verdictOf(args);
        Verdict checked = verdictOf(append(args, "--challenger-checks", fast.toString(), "--champion-checks",
                slow.toString()));
        Verdict tooSlow = verdictOf(append(args, "--challenger-checks", slow.toString()));

        assertThat(unchecked.decision()).isEqualTo(Decision.REJECT);
        assertThat(unchecked.checks()).filteredOn(check -> check.metric().equals("latency_p99_ms")).singleElement()
                .satisfies(check -> assertThat(check.reason()).contains("missing"));
        assertThat(checked.decision()).as(checked.reason()).isEqualTo(Decision.PROMOTE);
        assertThat(checked.unpaired()).isFalse();
        assertThat(checked.checks()).filteredOn(check -> check.metric().equals("latency_p99_ms")).singleElement()
                .satisfies(check -> assertThat(check.challenger()).isEqualTo(180.5));
        assertThat(tooSlow.decision()).isEqualTo(Decision.REJECT);
        assertThat(tooSlow.reason()).contains("latency_p99_ms");
    }

    @Test
    void shouldRefuseAChampionsChecksWithoutAChampion() throws IOException {
        Path[] files = files(false);
        Path fast = dir.resolve("fast.json");
        Files.writeString(fast, "{\"metrics\": {\"latency_p99_ms\": 180.5}}");

        int exit = cli.run("compare", "--task", "binary", "--challenger", files[0].toString(), "--no-champion",
                "--champion-checks", fast.toString(), "--policy", policy().toString());

        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("'--champion-checks': there is no champion to hold them");
    }

    @Test
    void shouldApplyTheFirstModelRule() throws IOException {
        Path[] files = files(false);

        int exit = cli.run("compare", "--task", "binary", "--challenger", files[0].toString(), "--no-champion",
                "--policy", policy().toString());

        assertThat(exit).as(cli.err()).isEqualTo(0);
        assertThat(cli.out()).startsWith("PROMOTE_FIRST: ");
    }

    @Test
    void shouldRejectBadInputWithExitTwo() throws IOException {
        Path[] files = files(false);
        Path shorter = dir.resolve("short.csv");
        Files.writeString(shorter, "label,score\n1,0.9\n0,0.2\n");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "checks: []\n");

        int noSource = cli.run("compare", "--task", "binary", "--challenger", files[0].toString(), "--policy",
                policy().toString());
        int badPolicy = cli.run("compare", "--task", "binary", "--challenger", files[0].toString(), "--no-champion",
                "--policy", broken.toString());
        int mismatch = cli.run("compare", "--task", "binary", "--challenger", files[0].toString(), "--champion",
                shorter.toString(), "--policy", policy().toString());

        assertThat(noSource).isEqualTo(2);
        assertThat(badPolicy).isEqualTo(2);
        assertThat(mismatch).isEqualTo(2);
        assertThat(cli.err()).contains("give exactly one of --champion FILE")
                .contains("broken.yaml:1: 'checks': is empty")
                .contains("1200 rows and the champion 2");
    }

    /** Runs one comparison on a fresh command line (captured output adds up over runs) and reads its verdict. */
    private static Verdict verdictOf(final String... args) {
        CapturedCommandLine fresh = new CapturedCommandLine();
        assertThat(fresh.run(args)).as(fresh.err()).isZero();
        return Verdict.fromJson(fresh.out());
    }

    private static String[] append(final String[] args, final String... extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return all;
    }
}
