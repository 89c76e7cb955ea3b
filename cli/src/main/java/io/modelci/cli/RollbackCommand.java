package io.modelci.cli;

import io.modelci.registry.AliasEvent;
import io.modelci.registry.Expected;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.Names;
import io.modelci.registry.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code modelci rollback}: moves an alias back to its previous holder, recorded as its own history event. */
@Command(name = "rollback",
        description = "Move an alias (default champion) back to the version it held before its last move."
                + " Repeating it walks further back.")
public final class RollbackCommand extends RegistryCommand {
    @Option(names = "--model", required = true, paramLabel = "NAME", description = "Model name.")
    String model;

    @Option(names = "--alias", defaultValue = Registry.CHAMPION, paramLabel = "ALIAS",
            description = "Alias to roll back (default: ${DEFAULT-VALUE}).")
    String alias;

    @Option(names = "--expect", paramLabel = "V|none",
            description = "The version the alias must hold now; exits 1 naming the holder if it does not.")
    String expect;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the audit history.")
    String reason;

    private Expected expected;

    @Override
    void validate() {
        Names.model(model);
        Names.alias(alias);
        expected = expect == null ? Expected.any() : Expected.parse(expect);
    }

    @Override
    int run(final JdbcRegistry registry) {
        AliasEvent event = registry.rollback(model, alias, expected, registryOptions.audit(reason));
        out().println("rolled back " + alias + " of " + model + " from " + PromoteCommand.describe(event.fromVersion())
                + " to version " + event.toVersion() + " (history event " + event.id() + ")");
        out().flush();
        return ModelCi.EXIT_OK;
    }
}
