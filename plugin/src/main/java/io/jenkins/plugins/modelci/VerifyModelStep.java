package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.AbortException;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.MasterToSlaveFileCallable;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code verifyModel(model: 'churn', url: 'http://127.0.0.1:8080/predict', golden: 'golden.jsonl',
 * requests: 'requests.jsonl', rate: 50, duration: '30s')}: the deployment checks against a served model, run on
 * the agent (the golden check, then a bounded open-model load test, only against the endpoint given). The metrics
 * ({@code latency_p99_ms}, {@code golden_mismatches}, ...) are attached to the model version as the evaluation
 * {@code verification}, shown on the build's Model page, held by {@code compareToProduction}'s policy, and returned.
 */
public class VerifyModelStep extends Step {
    /** The name of the evaluation the metrics are attached to the version under. */
    static final String EVALUATION = "verification";

    private final String model;
    private String url;
    private String command;
    private String golden;
    private double tolerance = 1e-6;
    private String requests;
    private double rate;
    private String duration;
    private int count;
    private int concurrency = 64;
    private String timeout;
    private boolean failOnMismatch = true;
    private int version;

    /** @param model the registry's model name */
    @DataBoundConstructor
    public VerifyModelStep(String model) {
        this.model = model;
    }

    public String getModel() {
        return model;
    }

    public String getUrl() {
        return url;
    }

    /** The model's HTTP(S) prediction endpoint; the only host contacted. */
    @DataBoundSetter
    public void setUrl(String url) {
        this.url = url;
    }

    public String getCommand() {
        return command;
    }

    /** Instead of {@code url}: a command that reads the golden inputs as JSON Lines and prints one answer per line. */
    @DataBoundSetter
    public void setCommand(String command) {
        this.command = command;
    }

    public String getGolden() {
        return golden;
    }

    /** The golden file (inputs with expected answers) in the workspace. */
    @DataBoundSetter
    public void setGolden(String golden) {
        this.golden = golden;
    }

    public double getTolerance() {
        return tolerance;
    }

    /** Absolute tolerance for numbers in the golden check. */
    @DataBoundSetter
    public void setTolerance(double tolerance) {
        this.tolerance = tolerance;
    }

    public String getRequests() {
        return requests;
    }

    /** Request bodies for the load check, one JSON value per line, cycled. */
    @DataBoundSetter
    public void setRequests(String requests) {
        this.requests = requests;
    }

    public double getRate() {
        return rate;
    }

    /** Intended requests per second of the load check. */
    @DataBoundSetter
    public void setRate(double rate) {
        this.rate = rate;
    }

    public String getDuration() {
        return duration;
    }

    /** How long the load check sends: {@code 30s}, {@code 2m}. */
    @DataBoundSetter
    public void setDuration(String duration) {
        this.duration = duration;
    }

    public int getCount() {
        return count;
    }

    /** Instead of {@code duration}: how many requests the load check sends. */
    @DataBoundSetter
    public void setCount(int count) {
        this.count = count;
    }

    public int getConcurrency() {
        return concurrency;
    }

    /** The most requests in flight. */
    @DataBoundSetter
    public void setConcurrency(int concurrency) {
        this.concurrency = concurrency;
    }

    public String getTimeout() {
        return timeout;
    }

    /** Per request with {@code url} (default 2s); for the whole command with {@code command} (default 5m). */
    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    public boolean isFailOnMismatch() {
        return failOnMismatch;
    }

    /** Fail the step when the golden check finds a mismatch (after recording the metrics). */
    @DataBoundSetter
    public void setFailOnMismatch(boolean failOnMismatch) {
        this.failOnMismatch = failOnMismatch;
    }

    public int getVersion() {
        return version;
    }

    /** The version to attach the metrics to; 0 means the one {@code trainModel} registered in this build. */
    @DataBoundSetter
    public void setVersion(int version) {
        this.version = version;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, StepArguments.modelName("verifyModel", model), VerifySettings.of(url, command,
                golden, tolerance, requests, rate, duration, count, concurrency, timeout), failOnMismatch, version);
    }

    /**
     * Bounded work (the engine caps a load check at 30 minutes, and every request has a timeout) on a background
     * thread, run again from the start after a restart, as for {@code evaluateModel}: the checks only read from the
     * model server (a golden answer or a latency measured before the restart is not trusted half-done), and the
     * registry and the build record replace the {@code verification} metrics rather than add to them.
     */
    static final class Execution extends RerunOnResumeExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final String model;
        private final VerifySettings settings;
        private final boolean failOnMismatch;
        private final int version;

        Execution(StepContext context, String model, VerifySettings settings, boolean failOnMismatch, int version) {
            super(context);
            this.model = model;
            this.settings = settings;
            this.failOnMismatch = failOnMismatch;
            this.version = version;
        }

        @Override
        protected boolean needsWorkspace() {
            return true;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            FilePath ws = getContext().get(FilePath.class);
            TaskListener listener = getContext().get(TaskListener.class);
            listener.getLogger().println("[Model CI] verifying '" + model + "' at " + settings.describe());
            String outcome = ws.act(new Verify(settings));
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(outcome);
            listener.getLogger().print(tree.path("report").asText(""));
            tree.remove("report");
            String verification = tree.toString();
            ModelAction action = ModelAction.of(run, model);
            Integer target = version > 0 ? Integer.valueOf(version) : action.getVersion();
            if (target != null) {
                EngineBridge.attachEvaluation(model, target, evaluationJson(tree));
            } else {
                listener.getLogger().println("[Model CI] no version of '" + model + "' was trained in this build and "
                        + "none was named (version: N): the metrics are recorded on the build only");
            }
            action.recordVerification(verification);
            if (failOnMismatch && !tree.path("passed").asBoolean(true)) {
                throw new AbortException("verifyModel: the golden check failed: "
                        + tree.at("/metrics/golden_mismatches").asText("?") + " of "
                        + tree.at("/metrics/golden_rows").asText("?") + " rows did not match");
            }
            return StepResults.toGroovy(verification);
        }
    }

    /** The verification as an evaluation the registry keeps: {@code {"name": "verification", "metrics": {...}}}. */
    static String evaluationJson(JsonNode verification) {
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("name", EVALUATION);
        evaluation.put("metrics", verification.path("metrics"));
        return new ObjectMapper().valueToTree(evaluation).toString();
    }

    /**
     * A challenger's metrics JSON ({@code {"metrics": {...}, ...}}) with the deployment checks' metrics added where
     * it has none of that name, so that {@code compareToProduction}'s policy can hold them, and under
     * {@code evaluations.verification.metrics} as a registered version keeps them, where a paired comparison looks
     * for them ({@link EngineBridge#verificationMetrics}).
     */
    static String withMetrics(String json, Map<String, Double> metrics) throws IOException {
        if (metrics.isEmpty()) {
            return json;
        }
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
        JsonNode existing = tree.path("metrics");
        ObjectNode target = existing.isObject() ? (ObjectNode) existing : tree.putObject("metrics");
        metrics.forEach((name, value) -> {
            if (!target.has(name)) {
                EngineBridge.putNumber(target, name, value);
            }
        });
        JsonNode evaluations = tree.path("evaluations");
        ObjectNode verification = (evaluations.isObject() ? (ObjectNode) evaluations : tree.putObject("evaluations"))
                .putObject(EVALUATION).putObject("metrics");
        metrics.forEach((name, value) -> EngineBridge.putNumber(verification, name, value));
        return tree.toString();
    }

    /**
     * A registered version's JSON ({@link EngineBridge#toJson}) with the metrics of its {@code verification}
     * evaluation added to its metrics and to each of its other evaluations, so a policy can compare the
     * challenger's latency with the champion's; {@code null} stays {@code null}.
     */
    static String withVerificationMetrics(String versionJson) throws IOException {
        if (versionJson == null) {
            return null;
        }
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(versionJson);
        JsonNode verification = tree.path("evaluations").path(EVALUATION).path("metrics");
        if (!verification.isObject() || verification.isEmpty()) {
            return versionJson;
        }
        List<ObjectNode> targets = new ArrayList<>();
        if (tree.path("metrics").isObject()) {
            targets.add((ObjectNode) tree.path("metrics"));
        }
        tree.path("evaluations").properties().forEach(e -> {
            if (!e.getKey().equals(EVALUATION) && e.getValue().path("metrics").isObject()) {
                targets.add((ObjectNode) e.getValue().path("metrics"));
            }
        });
        for (ObjectNode target : targets) {
            verification.properties().forEach(f -> {
                if (!target.has(f.getKey())) {
                    target.set(f.getKey(), f.getValue());
                }
            });
        }
        return tree.toString();
    }

    /** Runs on the agent, where the golden and request files are and next to the served model. */
    static final class Verify extends MasterToSlaveFileCallable<String> {
        private static final long serialVersionUID = 1L;
        private final VerifySettings settings;

        Verify(VerifySettings settings) {
            this.settings = settings;
        }

        @Override
        public String invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
            return settings.verify(workspace);
        }
    }

    /** Registers {@code verifyModel}. */
    @Extension
    @Symbol("verifyModel")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "verifyModel";
        }

        @Override
        public String getDisplayName() {
            return Messages.VerifyModelStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class);
        }
    }
}
