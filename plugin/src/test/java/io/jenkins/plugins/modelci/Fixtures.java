package io.jenkins.plugins.modelci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Random;

/** Files the integration tests give their pipelines: a fake nvidia-smi, predictions, a policy, a trainer. */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * A stand-in for {@code nvidia-smi} that reports {@code count} A100 GPUs in the real output formats; pipelines
     * point {@code MODELCI_NVIDIA_SMI} at it. No GPU exists on the test machine.
     */
    static Path fakeNvidiaSmi(Path dir, int count) throws IOException {
        StringBuilder query = new StringBuilder();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String uuid = String.format(Locale.ROOT, "GPU-00000000-0000-4000-8000-%012d", i);
            query.append(i).append(", ").append(uuid).append(", NVIDIA A100-SXM4-80GB, 81920, 4, 0\n");
            list.append("GPU ").append(i).append(": NVIDIA A100-SXM4-80GB (UUID: ").append(uuid).append(")\n");
        }
        Path script = dir.resolve("nvidia-smi");
        Files.writeString(script, "#!/bin/sh\ncase \"$1\" in\n"
                + "  -L) cat <<'EOF'\n" + list + "EOF\n  ;;\n"
                + "  --query-gpu=*) cat <<'EOF'\n" + query + "EOF\n  ;;\n"
                + "  *) echo \"unsupported: $*\" >&2; exit 2 ;;\nesac\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /**
     * A binary predictions file ({@code label,score}) of 400 rows whose ranking quality grows with {@code skill}
     * (0: random, 1: perfect), deterministic for a seed.
     */
    static String predictions(double skill, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("label,score\n");
        for (int i = 0; i < 400; i++) {
            int label = i % 2;
            double noise = random.nextDouble();
            double score = Math.max(0, Math.min(1, skill * label + (1 - skill) * noise));
            csv.append(label).append(',').append(String.format(Locale.ROOT, "%.4f", score)).append('\n');
        }
        return csv.toString();
    }

    /** A policy: AUC at least 0.6, and no worse than the champion's. */
    static final String POLICY = "checks:\n  - metric: roc_auc\n    min_value: 0.6\n    max_regression: 0.0\n";

    /** A trainer that prints metrics per epoch, writes a metrics file and a model file. */
    static final String TRAINER = "for e in 1 2 3; do echo \"epoch $e loss=0.$((9 - e)) val_acc=0.$((6 + e))\"; done\n"
            + "mkdir -p model && echo weights > model/weights.bin\n"
            + "echo '{\"val\": {\"auc\": 0.9}}' > metrics.json\n";

    /** Groovy that writes the fixtures into the workspace. */
    static String writeFiles(double skill, long seed) {
        return "writeFile file: 'train.sh', text: '''" + TRAINER + "'''\n"
                + "writeFile file: 'policy.yaml', text: '''" + POLICY + "'''\n"
                + "writeFile file: 'preds.csv', text: '''" + predictions(skill, seed) + "'''\n";
    }
}
