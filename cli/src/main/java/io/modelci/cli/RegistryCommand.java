package io.modelci.cli;

import io.modelci.registry.ConflictException;
import io.modelci.registry.JdbcRegistry;
import io.modelci.registry.RegistryException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * The frame of the registry commands: opens the registry, runs the command, and turns a lost compare-and-set into
 * exit code 1 and a storage failure into exit code 3, each with a one-line message and no stack trace.
 */
abstract class RegistryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegistryOptions registryOptions;

    // not mixinStandardHelpOptions: its --version would clash with promote's --version N
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /**
     * Checks the command's input and reads its files, before the registry is opened: opening an embedded registry
     * creates it, and bad input must leave nothing behind. Throws {@link io.modelci.InputException} (exit 2).
     */
    void validate() {
    }

    /** The command's work on an open registry; returns the exit code. */
    abstract int run(JdbcRegistry registry) throws Exception;

    @Override
    public final Integer call() throws Exception {
        validate();
        try (JdbcRegistry registry = registryOptions.open()) {
            return run(registry);
        }
        catch (ConflictException e) {
            return fail(ModelCi.EXIT_REJECTED, e.getMessage());
        }
        catch (RegistryException e) {
            return fail(ModelCi.EXIT_FAILURE, e.getMessage());
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private int fail(final int code, final String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("modelci " + spec.name() + ": " + message);
        err.flush();
        return code;
    }
}
