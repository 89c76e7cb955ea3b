package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.ModelSummary;
import io.modelci.registry.ModelVersion;
import io.modelci.registry.Names;
import io.modelci.registry.RegistryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code modelci models}: lists models, the versions of one model, or the audit history of an alias. */
@Command(name = "models",
        description = "List the models; with a model name, its versions and aliases; with --history, the audit"
                + " history of one of its aliases.")
public final class ModelsCommand extends RegistryCommand {
    @Parameters(arity = "0..1", paramLabel = "MODEL", description = "A model to show.")
    String model;

    @Option(names = "--history", paramLabel = "ALIAS", description = "Show the history of this alias of MODEL.")
    String history;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    void validate() {
        if (history != null && model == null) {
            throw InputException.ofField("history", "name the model whose alias history to show");
        }
        if (model != null) {
            Names.model(model);
        }
        if (history != null) {
            Names.alias(history);
        }
    }

    @Override
    int run(final JdbcRegistry registry) {
        PrintWriter out = out();
        if (history != null) {
            List<AliasEvent> events = registry.aliasHistory(model, history);
            out.println(json ? RegistryJson.write(events) : historyTable(events));
        }
        else if (model != null) {
            ModelSummary summary = registry.getModel(model)
                    .orElseThrow(() -> InputException.ofField("model", "no model named '" + model + "'"));
            List<ModelVersion> versions = registry.listVersions(model);
            out.println(json ? RegistryJson.write(Map.of("model", summary, "versions", versions))
                    : versionTable(summary, versions));
        }
        else {
            List<ModelSummary> models = registry.listModels();
            out.println(json ? RegistryJson.write(models) : modelTable(models));
        }
        out.flush();
        return ModelCi.EXIT_OK;
    }

    private static String modelTable(final List<ModelSummary> models) {
        Table table = new Table("MODEL", "LATEST", "ALIASES", "DESCRIPTION");
        for (ModelSummary model : models) {
            table.row(model.name(), String.valueOf(model.latestVersion()), aliases(model.aliases()),
                    model.description() == null ? "" : model.description());
        }
        return table.toString();
    }

    private static String versionTable(final ModelSummary summary, final List<ModelVersion> versions) {
        Map<Integer, String> aliasesByVersion = summary.aliases().entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.joining(","))));
        Table table = new Table("VERSION", "STATE", "CREATED", "WHO", "ALIASES", "METRICS");
        for (ModelVersion version : versions) {
            table.row(String.valueOf(version.version()), version.state().dbName(), version.created().toString(),
                    String.valueOf(version.lineage().who()), aliasesByVersion.getOrDefault(version.version(), ""),
                    version.metrics().entrySet().stream().map(m -> m.getKey() + "=" + m.getValue())
                            .collect(Collectors.joining(" ")));
        }
        return summary.name() + (summary.description() == null ? "" : ": " + summary.description()) + "\n" + table;
    }

    private static String historyTable(final List<AliasEvent> events) {
        Table table = new Table("EVENT", "WHEN", "ACTION", "FROM", "TO", "WHO", "REASON", "BUILD", "VERDICT");
        for (AliasEvent event : events) {
            table.row(String.valueOf(event.id()), event.at().toString(), event.kind().name().toLowerCase(),
                    version(event.fromVersion()), version(event.toVersion()), event.who(), event.reason(),
                    event.buildUrl() == null ? "-" : event.buildUrl(), event.verdict() == null ? "-" : "yes");
        }
        return table.toString();
    }

    private static String version(final Integer version) {
        return version == null ? "-" : String.valueOf(version);
    }

    private static String aliases(final Map<String, Integer> aliases) {
        return aliases.entrySet().stream().map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(" "));
    }
}
