package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.metrics.MetricFiles;
import io.modelci.registry.Artifact;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.Lineage;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.Names;
import io.modelci.registry.NewVersion;
import io.modelci.registry.RegistryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code modelci register}: records a new version of a model with its artifacts' digests. */
@Command(name = "register",
        description = "Register a new version of a model (SHA-256 and size of each artifact are recorded)"
                + " and print its number.")
public final class RegisterCommand extends RegistryCommand {
    @Option(names = "--model", required = true, paramLabel = "NAME", description = "Model name.")
    String model;

    @Option(names = "--artifact", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Artifact files of the version (one or more).")
    List<Path> artifacts;

    @Option(names = "--metrics", paramLabel = "FILE",
            description = "Metrics of the version, in any format `modelci metrics` reads (JSON, YAML, TOML, CSV,"
                    + " a DVCLive folder, a training log). Their final values are stored; NaN and Infinity are kept.")
    Path metricsFile;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A training parameter (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT",
            description = "Description of the model (kept when this registration creates it).")
    String description;

    @Option(names = "--source-commit", paramLabel = "SHA", description = "Commit of the training code.")
    String sourceCommit;

    @Option(names = "--data-fingerprint", paramLabel = "FP", description = "Fingerprint of the training data.")
    String dataFingerprint;

    @Option(names = "--image", paramLabel = "IMAGE", description = "Container image the training ran in.")
    String image;

    @Option(names = "--gpu", paramLabel = "ID", description = "A GPU the training ran on (repeatable).")
    List<String> gpus = new ArrayList<>();

    @Option(names = "--json", description = "Print the registered version as JSON.")
    boolean json;

    private List<Artifact> digested;
    private Map<String, Double> metrics;

    @Override
    void validate() {
        Names.model(model);
        metrics = metricsFile == null ? Map.of() : MetricFiles.read(metricsFile).values();
        digested = artifacts.stream().map(ArtifactDigests::of).toList();
    }

    @Override
    int run(final JdbcRegistry registry) {
        Lineage lineage = new Lineage(sourceCommit, dataFingerprint, image, gpus, registryOptions.buildUrl,
                registryOptions.who());
        ModelVersion version = registry.register(model, new NewVersion(digested, keyValues("param", params),
                metrics, lineage, keyValues("tag", tags), description));
        if (json) {
            out().println(RegistryJson.write(version));
        }
        else {
            out().println("registered " + model + " version " + version.version());
        }
        out().flush();
        return ModelCi.EXIT_OK;
    }

    static Map<String, String> keyValues(final String option, final List<String> pairs) {
        Map<String, String> result = new TreeMap<>();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw InputException.ofField(option, "expected KEY=VALUE, got '" + pair + "'");
            }
            result.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return result;
    }
}
