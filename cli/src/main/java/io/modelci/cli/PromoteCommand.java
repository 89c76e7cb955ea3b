package io.modelci.cli;

import io.modelci.InputException;
import io.modelci.registry.AliasEvent;
import io.modelci.registry.Audit;
import io.modelci.registry.Expected;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code modelci promote}: points an alias (champion by default) at a version, compare-and-set. */
@Command(name = "promote",
        description = "Point an alias (default champion) at a version. With --expect the move happens only if the"
                + " alias still points where you saw it; otherwise it exits 1 naming the current holder.")
public final class PromoteCommand extends RegistryCommand {
    @Option(names = "--model", required = true, paramLabel = "NAME", description = "Model name.")
    String model;

    @Option(names = "--version", required = true, paramLabel = "N", description = "Version to promote.")
    int version;

    @Option(names = "--alias", defaultValue = Registry.CHAMPION, paramLabel = "ALIAS",
            description = "Alias to move (default: ${DEFAULT-VALUE}).")
    String alias;

    @Option(names = "--expect", paramLabel = "V|none",
            description = "The version the alias must hold now, or 'none' if it must not exist yet."
                    + " Without it the move applies whatever the alias holds.")
    String expect;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the audit history.")
    String reason;

    @Option(names = "--verdict", paramLabel = "FILE",
            description = "JSON file with the promotion gate's verdict, stored in the audit history.")
    Path verdictFile;

    @Override
    int run(final JdbcRegistry registry) {
        Audit audit = registryOptions.audit(reason).withVerdict(readVerdict(verdictFile));
        Expected expected = expect == null ? Expected.any() : Expected.parse(expect);
        AliasEvent event = registry.setAlias(model, alias, version, expected, audit);
        out().println("promoted " + model + " version " + version + " to " + alias + " (was "
                + describe(event.fromVersion()) + ", history event " + event.id() + ")");
        out().flush();
        return ModelCi.EXIT_OK;
    }

    static String describe(final Integer version) {
        return version == null ? "unset" : "version " + version;
    }

    static String readVerdict(final Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.readString(file).strip();
        }
        catch (IOException e) {
            throw InputException.ofFile(file, "cannot read the verdict: " + e.getMessage());
        }
    }
}
