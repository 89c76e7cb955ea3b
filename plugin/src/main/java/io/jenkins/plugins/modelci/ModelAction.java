package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hudson.AbortException;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.modelci.report.ChartImages;
import io.modelci.report.ComparisonChart;
import io.modelci.report.LearningCurve;
import io.modelci.report.LearningCurveChart;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.verb.GET;

/**
 * The "Model" page of a build, one per model the build worked on. Small facts (version, verdict, the champion
 * seen at comparison time) are fields saved in build.xml; everything large (the training record with metric
 * histories, evaluations, the verdict with its checks) lives in {@code model-ci/<model>.json} in the build
 * directory, read only when the page is shown.
 */
public class ModelAction implements RunAction2 {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String model;
    private Integer version;
    private boolean compared;
    private String comparedAlias;
    /** The {@code compareToProduction} execution that made the comparison, so a re-run after a restart knows it. */
    private String comparedBy;
    private Integer championSeen;
    private String decision;
    private boolean promoteAllowed;
    private String promotedAlias;
    private Integer promotedVersion;

    private transient Run<?, ?> run;

    ModelAction(String model) {
        this.model = model;
    }

    /** The action of this model on this build, added when missing. */
    static ModelAction of(Run<?, ?> run, String model) {
        synchronized (run) {
            for (ModelAction a : run.getActions(ModelAction.class)) {
                if (a.model.equals(model)) {
                    return a;
                }
            }
            ModelAction a = new ModelAction(model);
            run.addAction(a);
            return a;
        }
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/model-ci/icons/model.svg";
    }

    @Override
    public String getDisplayName() {
        return Messages.ModelAction_DisplayName() + ": " + model;
    }

    @Override
    public String getUrlName() {
        return "model-ci-" + model;
    }

    public String getModel() {
        return model;
    }

    /** The build, for the page's side panel. */
    public Run<?, ?> getRun() {
        return run;
    }

    /** The version registered by {@code trainModel} in this build, or {@code null}. */
    public Integer getVersion() {
        return version;
    }

    /** The gate's decision, or {@code null} before {@code compareToProduction}. */
    public String getDecision() {
        return decision;
    }

    public boolean isCompared() {
        return compared;
    }

    public String getComparedAlias() {
        return comparedAlias;
    }

    /** The version behind the alias when the gate ran; {@code null} when it pointed nowhere. */
    public Integer getChampionSeen() {
        return championSeen;
    }

    public boolean isPromoteAllowed() {
        return promoteAllowed;
    }

    public String getPromotedAlias() {
        return promotedAlias;
    }

    public Integer getPromotedVersion() {
        return promotedVersion;
    }

    int requireVersion(String step) throws AbortException {
        if (version == null) {
            throw new AbortException(step + ": no version of '" + model + "' was trained in this build; "
                    + "pass version: N to name one");
        }
        return version;
    }

    synchronized void recordTraining(int newVersion, String trainingJson) throws IOException {
        version = newVersion;
        update(record -> record.set("training", MAPPER.readTree(trainingJson)));
    }

    synchronized void recordEvaluation(String evaluationJson) throws IOException {
        JsonNode evaluation = MAPPER.readTree(evaluationJson);
        update(record -> putEvaluation(record, evaluation));
    }

    /**
     * Appends an evaluation to the record, first removing one of the same name: the registry keeps one evaluation
     * per name and version, and {@code evaluateModel} run again after a restart must not list its result twice.
     */
    static void putEvaluation(ObjectNode record, JsonNode evaluation) {
        JsonNode list = record.path("evaluations");
        ArrayNode evaluations = list.isArray() ? (ArrayNode) list : record.putArray("evaluations");
        String name = evaluation.path("name").asText(null);
        for (int i = evaluations.size() - 1; i >= 0; i--) {
            if (name != null && name.equals(evaluations.get(i).path("name").asText(null))) {
                evaluations.remove(i);
            }
        }
        evaluations.add(evaluation);
    }

    /** Whether the recorded comparison was made by this {@code compareToProduction} execution (before a restart). */
    boolean isComparedBy(String execution) {
        return compared && execution != null && execution.equals(comparedBy);
    }

    /**
     * @param execution the id of the {@code compareToProduction} execution, see {@link #isComparedBy}
     * @param champion the version behind the alias that the gate compared with; {@code null} for none
     */
    synchronized void recordComparison(String execution, String verdictJson, String alias, Integer champion)
            throws IOException {
        JsonNode verdict = MAPPER.readTree(verdictJson);
        compared = true;
        comparedBy = execution;
        comparedAlias = alias;
        championSeen = champion;
        decision = verdict.path("verdict").asText(null);
        promoteAllowed = verdict.path("promote").asBoolean(false);
        update(record -> record.set("comparison", verdict));
    }

    synchronized void recordPromotion(String alias, int promoted, String eventJson) throws IOException {
        promotedAlias = alias;
        promotedVersion = promoted;
        update(record -> record.set("promotion", MAPPER.readTree(eventJson)));
    }

    /** The deployment checks of {@code verifyModel} ({@code {"metrics", "golden", "load", "passed"}}), the last one. */
    synchronized void recordVerification(String verificationJson) throws IOException {
        update(record -> record.set("verification", MAPPER.readTree(verificationJson)));
    }

    /** The metrics of {@code verifyModel} in this build ({@code latency_p99_ms}, ...); empty without one. */
    Map<String, Double> verificationMetrics() throws IOException {
        Map<String, Double> out = new TreeMap<>();
        read().path("verification").path("metrics").properties().forEach(f -> out.put(f.getKey(),
                EngineBridge.number(f.getValue())));
        return out;
    }

    /** The name of the last evaluation recorded in this build, or {@code null}. */
    String lastEvaluationName() throws IOException {
        JsonNode list = read().path("evaluations");
        return list.isArray() && !list.isEmpty() ? list.get(list.size() - 1).path("name").asText(null) : null;
    }

    /** The last evaluation recorded in this build as JSON, or {@code null}. */
    String lastEvaluationJson() throws IOException {
        JsonNode list = read().path("evaluations");
        return list.isArray() && !list.isEmpty() ? list.get(list.size() - 1).toString() : null;
    }

    /** The verdict JSON recorded by {@code compareToProduction}, or {@code null}. */
    String verdictJson() throws IOException {
        JsonNode c = read().path("comparison");
        return c.isMissingNode() ? null : c.toString();
    }

    /** Training metrics, sorted by name, for the page. */
    public Map<String, String> getMetrics() throws IOException {
        Map<String, String> out = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = read().path("training").path("metrics").path("metrics").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** The gate's checks, one map per row (metric, slice, outcome, challenger, champion, reason), for the page. */
    public List<Map<String, String>> getChecks() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode check : read().path("comparison").path("checks")) {
            Map<String, String> row = new LinkedHashMap<>();
            check.properties().forEach(f -> row.put(f.getKey(), f.getValue().isValueNode()
                    ? f.getValue().asText() : f.getValue().toString()));
            rows.add(row);
        }
        return rows;
    }

    /** Lineage of the training run (commit, data fingerprint, image, host), for the page. */
    public Map<String, String> getLineage() throws IOException {
        Map<String, String> out = new TreeMap<>();
        read().path("training").path("run").path("lineage").properties().forEach(f -> {
            if (!f.getValue().isNull()) {
                out.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
            }
        });
        return out;
    }

    /** Whether {@code verifyModel} ran in this build. */
    public boolean isVerified() throws IOException {
        return read().has("verification");
    }

    /** False when the golden check of {@code verifyModel} found a mismatch. */
    public boolean isVerificationPassed() throws IOException {
        return read().path("verification").path("passed").asBoolean(true);
    }

    /** The deployment checks' metrics, sorted by name, for the page. */
    public Map<String, String> getVerificationMetrics() throws IOException {
        Map<String, String> out = new TreeMap<>();
        read().path("verification").path("metrics").properties().forEach(f -> out.put(f.getKey(),
                f.getValue().asText()));
        return out;
    }

    /** The first golden mismatches (line, reason, input, expected, actual) as text, for the page. */
    public List<Map<String, String>> getGoldenMismatches() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode m : read().path("verification").path("golden").path("mismatches")) {
            Map<String, String> row = new LinkedHashMap<>();
            m.properties().forEach(f -> row.put(f.getKey(), f.getValue().isTextual() ? f.getValue().asText()
                    : f.getValue().toString()));
            rows.add(row);
        }
        return rows;
    }

    /** Whether the training recorded metric histories (the page then shows the learning curves). */
    public boolean isHasLearningCurves() throws IOException {
        return read().path("training").path("metrics").path("histories").size() > 0;
    }

    /** {@code GET learningCurves}: the training histories drawn by the engine, as PNG. Read-only. */
    @GET
    public void doLearningCurves(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        List<LearningCurve> curves = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it =
                read().path("training").path("metrics").path("histories").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            int n = e.getValue().size();
            double[] steps = new double[n];
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                JsonNode p = e.getValue().get(i);
                steps[i] = p.path("step").asDouble();
                values[i] = p.path("value").isNumber() ? p.path("value").asDouble() : Double.NaN;
            }
            curves.add(new LearningCurve(e.getKey(), steps, values));
        }
        byte[] png = ChartImages.png(LearningCurveChart.create(model + " v" + version, curves),
                ModelTrendAction.size(req.getParameter("width"), 600), ModelTrendAction.size(req.getParameter("height"), 300));
        rsp.setContentType("image/png");
        rsp.getOutputStream().write(png);
    }

    /** Whether the gate's verdict has checks to draw (the page then shows the champion-vs-challenger chart). */
    public boolean isHasComparisonChart() throws IOException {
        return compared && read().path("comparison").path("checks").size() > 0;
    }

    /** {@code GET comparisonChart}: the stored verdict's checks drawn by the engine, as PNG. Read-only. */
    @GET
    public void doComparisonChart(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        String title = model + " v" + version + " vs " + comparedAlias
                + (championSeen == null ? "" : " (v" + championSeen + ")");
        byte[] png = ChartImages.png(ComparisonChart.create(title, VerdictChartRows.of(read().path("comparison"))),
                ModelTrendAction.size(req.getParameter("width"), 600), ModelTrendAction.size(req.getParameter("height"), 300));
        rsp.setContentType("image/png");
        rsp.getOutputStream().write(png);
    }

    // ---- storage ----

    private interface Change {
        void apply(ObjectNode record) throws IOException;
    }

    private File file() {
        return new File(new File(run.getRootDir(), "model-ci"), model + ".json");
    }

    private synchronized ObjectNode read() throws IOException {
        if (run == null) {
            return MAPPER.createObjectNode();
        }
        File f = file();
        return f.isFile() ? (ObjectNode) MAPPER.readTree(f) : MAPPER.createObjectNode();
    }

    /** Read, change, write atomically, then save build.xml so the small fields survive a restart. */
    private void update(Change change) throws IOException {
        ObjectNode record = read();
        change.apply(record);
        File f = file();
        Files.createDirectories(f.getParentFile().toPath());
        File tmp = new File(f.getParentFile(), f.getName() + ".tmp");
        Files.writeString(tmp.toPath(), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record),
                StandardCharsets.UTF_8);
        Files.move(tmp.toPath(), f.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        run.save();
        TrendIndex.put(run.getParent().getRootDir(), new TrendIndex.Entry(run.getNumber(), model, version,
                headlineMetrics(record), promotedAlias));
    }

    /** What the trend shows: the last evaluation's metrics when there is one, else the training metrics. */
    static Map<String, Double> headlineMetrics(JsonNode record) {
        JsonNode evaluations = record.path("evaluations");
        JsonNode source = evaluations.isArray() && !evaluations.isEmpty()
                ? evaluations.get(evaluations.size() - 1).path("metrics")
                : record.path("training").path("metrics").path("metrics");
        Map<String, Double> out = new TreeMap<>();
        source.properties().forEach(f -> out.put(f.getKey(), f.getValue().isNumber()
                ? f.getValue().asDouble() : Double.valueOf(f.getValue().asText("NaN"))));
        // the deployment checks' latency and mismatches get a trend too
        record.path("verification").path("metrics").properties().forEach(f -> out.putIfAbsent(f.getKey(),
                EngineBridge.number(f.getValue())));
        return out;
    }
}
