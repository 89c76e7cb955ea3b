package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.AbortException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.modelci.InputException;
import io.modelci.gate.Check;
import io.modelci.gate.EvaluatedPairs;
import io.modelci.gate.Gate;
import io.modelci.gate.MetricSet;
import io.modelci.gate.PairedRowsWithMetrics;
import io.modelci.gate.Policy;
import io.modelci.gate.Verdict;
import io.modelci.eval.EvaluationJson;
import io.modelci.eval.EvaluationOptions;
import io.modelci.eval.EvaluationResult;
import io.modelci.eval.Evaluator;
import io.modelci.eval.Predictions;
import io.modelci.eval.PredictionsReader;
import io.modelci.eval.ReadOptions;
import io.modelci.eval.Task;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.Artifact;
import io.modelci.registry.Audit;
import io.modelci.registry.ConflictException;
import io.modelci.registry.Evaluation;
import io.modelci.registry.Expected;
import io.modelci.registry.Lineage;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.NewVersion;
import io.modelci.registry.Registry;
import io.modelci.registry.RegistryException;
import io.modelci.registry.RepeatablePromotion;
import io.modelci.run.TrainingRun;
import io.modelci.run.TrainingRunJson;
import io.modelci.run.UsedGpu;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The one place where the plugin calls the engine's registry, gate and evaluation. Results travel as JSON
 * text; engine errors become {@link AbortException}s with the engine's message (no stack trace in the build log).
 */
@Restricted(NoExternalUse.class)
public final class EngineBridge {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EngineBridge() {
    }

    // ---- registry (controller side) ----

    /**
     * Registers a successful training run as a new candidate version.
     *
     * @param runJson the engine's {@link TrainingRun} JSON
     * @param location where the artifacts are kept: the archived copies' URL prefix, else the workspace's agent path
     * @return the new version number
     */
    static int register(String model, String runJson, ArtifactLocation location, String build, String who)
            throws AbortException {
        return register(RegistryAccess.get(), model, runJson, location, build, who);
    }

    /** {@link #register(String, String, ArtifactLocation, String, String)} on a given registry. */
    static int register(Registry registry, String model, String runJson, ArtifactLocation location, String build,
            String who) throws AbortException {
        TrainingRun run = TrainingRunJson.fromJson(runJson, TrainingRun.class);
        List<Artifact> artifacts = new ArrayList<>();
        for (io.modelci.run.Artifact a : run.artifacts()) {
            artifacts.add(new Artifact(location.uriOf(a.path()), a.sha256(), a.size()));
        }
        List<String> gpus = new ArrayList<>();
        io.modelci.run.Lineage l = run.lineage();
        if (l != null) {
            for (UsedGpu g : l.gpus()) {
                gpus.add(g.uuid() != null ? g.uuid() : g.name());
            }
        }
        Lineage lineage = new Lineage(l == null ? null : l.sourceCommit(), l == null ? null : l.dataFingerprint(),
                l == null ? null : l.image(), gpus, build, who);
        Map<String, String> tags = new TreeMap<>();
        tags.put("jenkins.build", build);
        NewVersion content = new NewVersion(artifacts, run.params(), run.metrics().values(), lineage, tags, null);
        return call(() -> registry.register(model, content).version());
    }

    /** The version behind an alias as JSON, or {@code null} when the alias points nowhere. */
    static String championJson(String model, String alias) throws AbortException {
        Optional<ModelVersion> v = call(() -> RegistryAccess.get().getModel(model).isPresent()
                ? RegistryAccess.get().resolveVersion(model, alias) : Optional.<ModelVersion>empty());
        return v.map(EngineBridge::toJson).orElse(null);
    }

    /** One version as JSON; fails naming it when it does not exist. */
    static String versionJson(String model, int version) throws AbortException {
        ModelVersion v = call(() -> RegistryAccess.get().get(model, version)).orElseThrow(
                () -> new AbortException("model '" + model + "' has no version " + version + " in the registry"));
        return toJson(v);
    }

    /** The version number inside {@link #championJson}'s answer, {@code null} for none. */
    static Integer versionOf(String versionJson) throws IOException {
        return versionJson == null ? null : MAPPER.readTree(versionJson).path("version").asInt();
    }

    /** Attaches an evaluation ({@code {"name", "datasetFingerprint", "metrics": {...}}}) to a version. */
    static void attachEvaluation(String model, int version, String evaluationJson) throws IOException {
        JsonNode e = MAPPER.readTree(evaluationJson);
        Map<String, Double> metrics = new TreeMap<>();
        e.path("metrics").properties().forEach(f -> metrics.put(f.getKey(), number(f.getValue())));
        String name = e.path("name").asText("evaluation");
        String fingerprint = e.path("datasetFingerprint").isMissingNode() || e.path("datasetFingerprint").isNull()
                ? null : e.path("datasetFingerprint").asText();
        call(() -> RegistryAccess.get().attachEvaluation(model, version, name, fingerprint, metrics));
    }

    /**
     * Compare-and-set: points the alias at the version if it still points where {@code expected} says.
     *
     * @param expected the version seen by {@code compareToProduction}; {@code null} means "pointed nowhere"
     * @return the history event as JSON
     */
    static String promote(String model, String alias, int version, Integer expected, String who, String reason,
            String verdictJson, String build) throws AbortException {
        Audit audit = new Audit(who, reason, verdictJson, build);
        Expected expect = expected == null ? Expected.none() : Expected.version(expected);
        AliasEvent event = call(() -> RegistryAccess.get().setAlias(model, alias, version, expect, audit));
        return eventJson(event);
    }

    /**
     * {@link #promote} for a build's {@code promoteModel}, safe to run again: when this build already made this very
     * move (the step re-run after a controller restart), the answer is that move, and nothing is written.
     */
    static RepeatablePromotion.Outcome promoteOnce(String model, String alias, int version, Integer expected,
            String who, String reason, String verdictJson, String build) throws AbortException {
        Audit audit = new Audit(who, reason, verdictJson, build);
        Expected expect = expected == null ? Expected.none() : Expected.version(expected);
        return call(() -> RepeatablePromotion.promote(RegistryAccess.get(), model, alias, version, expect, audit));
    }

    /** Moves the alias back to its previous holder, if it still points at {@code expected}. */
    static String rollback(String model, String alias, int expected, String who, String reason)
            throws AbortException {
        AliasEvent event = call(() -> RegistryAccess.get().rollback(model, alias, Expected.version(expected),
                Audit.of(who, reason)));
        return eventJson(event);
    }

    /** The registry's answer, or an {@link AbortException} carrying the engine's message. */
    static <T> T call(Supplier<T> operation) throws AbortException {
        try {
            return operation.get();
        } catch (ConflictException e) {
            throw new AbortException("registry conflict: " + e.getMessage());
        } catch (InputException | RegistryException e) {
            throw new AbortException(e.getMessage());
        }
    }

    // ---- gate and evaluation (agent side) ----

    /** Runs on the agent: evaluates a predictions file; answers the evaluation as JSON. */
    static String evaluate(File workspace, String predictions, String task, List<String> sliceBy, int bootstrap,
            String name) throws IOException {
        try {
            Task t = Task.of(task);
            Predictions read = PredictionsReader.read(workspace.toPath().resolve(predictions),
                    ReadOptions.of(t).withSliceBy(sliceBy));
            EvaluationOptions options = EvaluationOptions.defaults();
            if (bootstrap > 0) {
                options = options.withBootstrap(bootstrap, options.confidence(), options.seed());
            }
            EvaluationResult result = Evaluator.evaluate(read, options);
            ObjectNode out = MAPPER.createObjectNode();
            out.put("name", name == null || name.isBlank() ? predictions : name);
            out.put("predictions", predictions);
            if (result.datasetSha256() != null) {
                out.put("datasetFingerprint", "sha256:" + result.datasetSha256());
            }
            out.setAll(EvaluationJson.toTree(result));
            return out.toString();
        } catch (InputException | IllegalArgumentException e) {
            throw new AbortException("evaluateModel: " + e.getMessage());
        }
    }

    /**
     * Runs on the agent: the gate's verdict between challenger and champion, as the engine's verdict JSON plus
     * {@code verdict} (the decision), {@code promote} (boolean) and {@code champion} (version and artifact URIs,
     * so the pipeline can fetch and score it).
     *
     * <p>With both predictions files (and a champion) the comparison is paired, on the rows both models scored,
     * plus each model's {@link #verificationMetrics} (latency and the like, compared point by point); otherwise it
     * compares metrics point by point ({@code unpaired}: the challenger's predictions scored here, with its
     * verification metrics, or its recorded metrics), or applies the first-model rule.
     */
    static String decide(File workspace, String policyFile, String policyJson, String challengerJson,
            String championJson, String predictions, String championPredictions, String evaluationName, String task)
            throws IOException {
        try {
            Policy policy;
            if (policyFile != null) {
                policy = Policy.parse(workspace.toPath().resolve(policyFile));
            } else if (policyJson != null) {
                policy = Policy.fromMap(MAPPER.readValue(policyJson, new TypeReference<Map<String, Object>>() { }),
                        "compareToProduction(policy: [...])");
            } else {
                throw new AbortException("compareToProduction: 'policy' is required (a file or a map)");
            }
            List<String> sliceColumns = new ArrayList<>();
            for (Check check : policy.checks()) {
                check.slices().stream().filter(c -> !sliceColumns.contains(c)).forEach(sliceColumns::add);
            }
            Verdict verdict;
            if (championJson != null && predictions != null && championPredictions != null) {
                // Both models scored the same rows: paired tests (bootstrap, McNemar, DeLong) as the policy says.
                ReadOptions options = ReadOptions.of(Task.of(task));
                Predictions a = PredictionsReader.read(workspace.toPath().resolve(predictions),
                        options.withSliceBy(sliceColumns));
                Predictions b = PredictionsReader.read(workspace.toPath().resolve(championPredictions), options);
                verdict = Gate.compare(policy, PairedRowsWithMetrics.of(EvaluatedPairs.of(a, b),
                        verificationMetrics(challengerJson), verificationMetrics(championJson)));
            } else {
                MetricSet challenger;
                if (predictions != null) {
                    challenger = MetricSet.fromEvaluation(
                            evaluateResult(workspace, predictions, task, sliceColumns, policy));
                } else if (MAPPER.readTree(challengerJson).has("task")) {
                    // this build's evaluation (evaluateModel), with its slices
                    challenger = MetricSet.fromEvaluation(
                            EvaluationJson.fromTree(MAPPER.readTree(challengerJson), "evaluateModel"));
                } else {
                    challenger = metricSetOfVersion(challengerJson, evaluationName);
                }
                // the same verification metrics as the paired path gets, whichever metrics the challenger has
                challenger = challenger.withExtra(verificationMetrics(challengerJson));
                verdict = championJson == null ? Gate.first(policy, challenger)
                        : Gate.compareUnpaired(policy, challenger, metricSetOfVersion(championJson, evaluationName)
                                .withExtra(verificationMetrics(championJson)));
            }
            ObjectNode out = (ObjectNode) MAPPER.readTree(verdict.toJson());
            out.put("verdict", verdict.decision().name());
            out.put("promote", verdict.promotes());
            if (championJson != null) {
                JsonNode c = MAPPER.readTree(championJson);
                ObjectNode championNode = out.putObject("champion");
                championNode.put("version", c.path("version").asInt());
                ArrayNode uris = championNode.putArray("artifacts");
                c.path("artifacts").forEach(a -> uris.add(a.path("uri").asText()));
            } else {
                out.putNull("champion");
            }
            return out.toString();
        } catch (InputException | IllegalArgumentException e) {
            throw new AbortException("compareToProduction: " + e.getMessage());
        }
    }

    private static EvaluationResult evaluateResult(File workspace, String predictions, String task,
            List<String> sliceColumns, Policy policy) {
        ReadOptions options = ReadOptions.of(Task.of(task)).withSliceBy(sliceColumns);
        return Evaluator.evaluate(PredictionsReader.read(workspace.toPath().resolve(predictions), options),
                EvaluationOptions.defaults().withMinSliceSize(policy.minSliceSize()));
    }

    /** A registered version's metrics: its evaluation of that name when it has one, else its training metrics. */
    private static MetricSet metricSetOfVersion(String versionJson, String evaluationName) throws IOException {
        JsonNode v = MAPPER.readTree(versionJson);
        JsonNode source = evaluationName != null && v.path("evaluations").has(evaluationName)
                ? v.path("evaluations").path(evaluationName).path("metrics") : v.path("metrics");
        Map<String, Double> metrics = new TreeMap<>();
        source.properties().forEach(f -> metrics.put(f.getKey(), number(f.getValue())));
        return MetricSet.of(metrics);
    }

    /**
     * The metrics {@code verifyModel} measured for a model, as a registered version keeps them
     * ({@code evaluations.verification.metrics}, also where {@link VerifyModelStep#withMetrics} puts this build's):
     * what the paired path adds to the metrics of the rows, as the unpaired one finds them among the recorded metrics.
     */
    static Map<String, Double> verificationMetrics(String json) throws IOException {
        Map<String, Double> out = new TreeMap<>();
        if (json != null) {
            MAPPER.readTree(json).path("evaluations").path(VerifyModelStep.EVALUATION).path("metrics").properties()
                    .forEach(f -> out.put(f.getKey(), number(f.getValue())));
        }
        return out;
    }

    /** The reasons of a verdict in one line, for the stage view and the log. */
    static String reasons(JsonNode verdict) {
        if (verdict.hasNonNull("reason")) {
            return verdict.path("reason").asText();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode check : verdict.path("checks")) {
            if (!check.path("passed").asBoolean(true)) {
                out.add(check.path("reason").asText(check.path("metric").asText("?")));
            }
        }
        return out.isEmpty() ? verdict.path("verdict").asText("rejected") : String.join("; ", out);
    }

    // ---- JSON ----

    static String toJson(ModelVersion v) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("model", v.model());
        o.put("version", v.version());
        o.put("state", String.valueOf(v.state()));
        o.put("created", String.valueOf(v.created()));
        ArrayNode artifacts = o.putArray("artifacts");
        for (Artifact a : v.artifacts()) {
            artifacts.addObject().put("uri", a.uri()).put("sha256", a.sha256()).put("size", a.size());
        }
        ObjectNode metrics = o.putObject("metrics");
        v.metrics().forEach((k, x) -> putNumber(metrics, k, x));
        ObjectNode evaluations = o.putObject("evaluations");
        for (Map.Entry<String, Evaluation> e : v.evaluations().entrySet()) {
            ObjectNode m = evaluations.putObject(e.getKey()).putObject("metrics");
            e.getValue().metrics().forEach((k, x) -> putNumber(m, k, x));
        }
        o.set("params", MAPPER.valueToTree(v.params()));
        return o.toString();
    }

    static String eventJson(AliasEvent e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("model", e.model());
        o.put("alias", e.alias());
        o.put("kind", String.valueOf(e.kind()));
        if (e.fromVersion() == null) {
            o.putNull("from");
        } else {
            o.put("from", e.fromVersion());
        }
        if (e.toVersion() == null) {
            o.putNull("to");
        } else {
            o.put("to", e.toVersion());
        }
        o.put("at", String.valueOf(e.at()));
        o.put("who", e.who());
        o.put("reason", e.reason());
        return o.toString();
    }

    /** NaN and infinities as strings, since JSON has no such numbers. */
    static void putNumber(ObjectNode o, String key, Double value) {
        if (value == null) {
            o.putNull(key);
        } else if (value.isNaN() || value.isInfinite()) {
            o.put(key, value.toString());
        } else {
            o.put(key, value);
        }
    }

    static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.valueOf(n.asText("NaN"));
    }
}
