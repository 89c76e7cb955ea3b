package io.modelci.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.InputException;
import io.modelci.demo.DemoFailure;
import io.modelci.demo.DemoOutcome;
import io.modelci.demo.DemoSettings;
import io.modelci.demo.DemoStep;
import io.modelci.demo.DemoStory;
import io.modelci.gate.CheckResult;
import io.modelci.gate.Outcome;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code modelci demo}: the whole champion/challenger story on the bundled churn data, in about a minute. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the champion/challenger story end to end in a fresh folder with its own registry: train v1 "
                + "(first champion), a better v2 (promoted by the gate) and a worse v3 (rejected), then write the "
                + "report. Run it again in the same folder to continue with v4, v5, ... "
                + "Exit 0 when every verdict was the expected one, 1 when one was not.")
public final class DemoCommand implements Callable<Integer> {
    static final String DATA = "examples/data/churn.csv";
    static final String POLICY = "examples/churn-policy.yaml";

    @Spec
    private CommandSpec spec;

    @Option(names = "--workdir", defaultValue = "modelci-demo", paramLabel = "DIR",
            description = "The demo's working folder: data copy, runs, registry (.modelci/registry), report. "
                    + "Default: ${DEFAULT-VALUE}.")
    private Path workdir;

    @Option(names = "--json", description = "Print the outcome as JSON on standard output (progress goes to "
            + "standard error).")
    private boolean json;

    @Option(names = "--data", paramLabel = "FILE",
            description = "The churn data set. Default: " + DATA + " in the repository (found from the current "
                    + "folder or the jar's location).")
    private Path data;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The promotion policy. Default: " + POLICY + " in the repository.")
    private Path policy;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N",
            description = "Bootstrap resamples for the evaluation intervals. Default: ${DEFAULT-VALUE}.")
    private int bootstrap;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter progress = json ? err : out;
        DemoSettings settings = new DemoSettings(workdir, locate(data, DATA), locate(policy, POLICY), javaCommand(),
                System.getProperty("user.name", "modelci"), bootstrap);
        DemoOutcome outcome;
        try {
            outcome = new DemoStory(settings, line -> {
                progress.println(line);
                progress.flush();
            }).run();
        }
        catch (DemoFailure e) {
            err.println("modelci demo: " + e.getMessage());
            err.flush();
            return ModelCi.EXIT_FAILURE;
        }
        if (json) {
            out.println(DemoJson.write(outcome));
        }
        else {
            DemoSummary.print(out, outcome, settings);
        }
        out.flush();
        if (!outcome.asExpected()) {
            err.println("modelci demo: a verdict was not the one the story expects (see above)");
            err.flush();
            return ModelCi.EXIT_REJECTED;
        }
        return ModelCi.EXIT_OK;
    }

    /** The given file, or the repository's copy found from the current folder upwards or from the jar. */
    static Path locate(final Path given, final String relative) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw InputException.ofFile(given, "no such file");
            }
            return given;
        }
        List<Path> roots = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            roots.add(dir);
        }
        codeLocation().filter(Files::isRegularFile).map(Path::getParent).ifPresent(dir -> {
            // cli/target/modelci.jar -> the repository root
            for (Path up = dir; up != null; up = up.getParent()) {
                roots.add(up);
            }
        });
        for (Path root : roots) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw InputException.ofFile(Path.of(relative), "not found from " + Path.of("").toAbsolutePath()
                + " or the modelci jar: run the demo from the repository root, or pass the file with --"
                + (relative.equals(DATA) ? "data" : "policy"));
    }

    /** This JVM's java with this program's class path, fast-starting flags for the short-lived child processes. */
    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = codeLocation().filter(p -> p.toString().endsWith(".jar")).map(Path::toString)
                .orElse(System.getProperty("java.class.path"));
        // Start-up dominates these processes; C1 alone and the serial collector start fastest. Java's floating
        // point is strict, so the models are bit for bit those of a default JVM.
        return List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath);
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The human summary after the progress lines: verdicts with reasons, the audit history, where things are. */
    static final class DemoSummary {
        private DemoSummary() {
        }

        static void print(final PrintWriter out, final DemoOutcome outcome, final DemoSettings settings) {
            out.println();
            out.println("Verdicts");
            for (DemoStep step : outcome.steps()) {
                out.printf(Locale.ROOT, "  v%d %-13s %s%s: %s%n", step.version(), step.candidate().name(),
                        step.verdict().decision(), step.champion() == null ? "" : " vs champion v" + step.champion(),
                        checkCount(step));
                out.printf(Locale.ROOT, "     trainer options: %s%n", step.candidate().options());
                printChecks(out, step.verdict().checks());
            }
            out.println();
            out.println("Registry: model " + DemoSettings.MODEL + " in " + rel(settings, settings.registryFolder()));
            for (ModelVersion version : outcome.versions()) {
                out.printf(Locale.ROOT, "  v%d  %-9s %-13s %s%n", version.version(),
                        version.version() == outcome.champion() ? Registry.CHAMPION : version.state().dbName(),
                        version.tags().getOrDefault("demo.candidate", ""),
                        "REJECT".equals(version.tags().get("gate")) ? "rejected by the gate"
                                : version.version() != outcome.champion() && wasChampion(outcome, version.version())
                                ? "champion before" : "");
            }
            out.println();
            out.println("Champion alias history (who, when, why, which evaluation)");
            for (AliasEvent event : outcome.aliasHistory()) {
                out.printf(Locale.ROOT, "  #%d %s  %s -> %s  by %s%s%n     %s%n", event.id(), event.at(),
                        event.from().map(v -> "v" + v).orElse("none"), event.to().map(v -> "v" + v).orElse("none"),
                        event.who(), event.verdict() == null ? "" : "  (verdict JSON recorded)", event.reason());
            }
            out.println();
            out.println("Report: " + rel(settings, outcome.report()) + " (report.md and PNGs beside it)");
            out.printf(Locale.ROOT, "Round %d done in %.1fs. Run the same command again to continue the story; "
                    + "inspect with: modelci models %s --history champion --registry %s%n", outcome.round(),
                    outcome.millis() / 1000.0, DemoSettings.MODEL, rel(settings, settings.registryFolder()));
        }

        private static String checkCount(final DemoStep step) {
            long failed = step.verdict().checks().stream().filter(c -> !c.passed()).count();
            int all = step.verdict().checks().size();
            return failed == 0 ? (step.champion() == null ? step.verdict().reason() : "all " + all + " checks hold")
                    : failed + " of " + all + " checks failed";
        }

        private static boolean wasChampion(final DemoOutcome outcome, final int version) {
            return outcome.aliasHistory().stream().anyMatch(e -> e.toVersion() != null && e.toVersion() == version);
        }

        /** Every overall check with its reason; slices one line each only where they failed, else summed up. */
        private static void printChecks(final PrintWriter out, final List<CheckResult> checks) {
            for (CheckResult check : checks) {
                if (check.slice() == null) {
                    out.printf(Locale.ROOT, "     %s %s%n", mark(check), check.reason());
                    List<CheckResult> slices = checks.stream()
                            .filter(c -> c.slice() != null && c.metric().equals(check.metric())).toList();
                    long held = slices.stream().filter(CheckResult::passed).count();
                    if (!slices.isEmpty() && held == slices.size()) {
                        out.printf(Locale.ROOT, "     ✓ %s holds in all %d slices (%s)%n", check.metric(),
                                slices.size(), slices.get(0).slice().replaceFirst("=.*", ""));
                    }
                    slices.stream().filter(c -> !c.passed()).forEach(c -> out.printf(Locale.ROOT, "     %s [%s] %s%n",
                            mark(c), c.slice(), c.reason()));
                }
            }
        }

        private static String mark(final CheckResult check) {
            return check.outcome() == Outcome.PASS ? "✓" : check.outcome() == Outcome.FAIL ? "✗" : "-";
        }

        private static Path rel(final DemoSettings settings, final Path path) {
            Path here = Path.of("").toAbsolutePath();
            return path.startsWith(here) ? here.relativize(path) : path;
        }
    }

    /** The outcome for machines: steps with verdicts, versions, the alias history, the report's path. */
    static final class DemoJson {
        private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private DemoJson() {
        }

        static String write(final DemoOutcome outcome) throws IOException {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("asExpected", outcome.asExpected());
            root.put("champion", outcome.champion());
            ArrayNode history = root.putArray("championHistory");
            for (AliasEvent event : outcome.aliasHistory()) {
                ObjectNode node = history.addObject();
                node.put("at", event.at().toString());
                node.put("from", event.fromVersion());
                node.put("id", event.id());
                node.put("reason", event.reason());
                node.put("to", event.toVersion());
                node.set("verdict", event.verdict() == null ? null : MAPPER.readTree(event.verdict()));
                node.put("who", event.who());
            }
            root.put("millis", outcome.millis());
            root.put("report", outcome.report().toString());
            root.put("round", outcome.round());
            ArrayNode steps = root.putArray("steps");
            for (DemoStep step : outcome.steps()) {
                ObjectNode node = steps.addObject();
                node.put("asExpected", step.asExpected());
                node.put("candidate", step.candidate().name());
                node.put("champion", step.champion());
                node.put("decision", step.verdict().decision().name());
                node.put("options", step.candidate().options());
                node.put("promoted", step.promoted());
                node.put("reason", step.verdict().reason());
                ArrayNode reasons = node.putArray("reasons");
                step.verdict().checks().forEach(check -> reasons.add(check.label() + ": " + check.reason()));
                node.put("rocAuc", step.evaluation().metric("roc_auc").orElse(Double.NaN));
                node.put("trainingMillis", step.trainingMillis());
                node.put("version", step.version());
            }
            ArrayNode versions = root.putArray("versions");
            for (ModelVersion version : outcome.versions()) {
                ObjectNode node = versions.addObject();
                node.put("candidate", version.tags().getOrDefault("demo.candidate", ""));
                node.put("gate", version.tags().getOrDefault("gate", version.version() == outcome.champion()
                        ? "CHAMPION" : ""));
                node.put("version", version.version());
            }
            return MAPPER.writeValueAsString(root);
        }
    }
}
