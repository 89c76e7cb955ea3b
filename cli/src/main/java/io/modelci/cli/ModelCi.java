package io.modelci.cli;

import io.modelci.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code modelci}: the engine on the command line.
 *
 * <p>Exit codes: 0 success, 1 a gate said no (or a conflict), 2 bad usage or bad input, 3 an internal or
 * environment failure.
 */
@Command(name = "modelci",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Model CI: train, evaluate, compare and promote machine-learning models.",
        subcommands = {
                CommandLine.HelpCommand.class,
                MetricsCommand.class,
                TrainCommand.class, GpusCommand.class,
                // one line per command; keep the list sorted by feature
                EvaluateCommand.class,
                BenchCommand.class,
                CompareCommand.class,
                RegisterCommand.class, PromoteCommand.class, RollbackCommand.class, ModelsCommand.class,
                ReportCommand.class,
                CheckCommand.class,
                DemoCommand.class,
        })
public final class ModelCi implements Runnable {
    /** Success. */
    public static final int EXIT_OK = 0;
    /** A gate said no, or a compare-and-set lost a race. */
    public static final int EXIT_REJECTED = 1;
    /** Bad usage or bad input. */
    public static final int EXIT_BAD_INPUT = 2;
    /** An internal or environment failure. */
    public static final int EXIT_FAILURE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting: what tests call. */
    public static int execute(final String... args) {
        return newCommandLine().execute(args);
    }

    /** A configured command line; tests may set its out and err writers. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new ModelCi());
        commandLine.setExitCodeExceptionMapper(ModelCi::exitCodeOf);
        commandLine.setExecutionExceptionHandler(ModelCi::handleExecutionException);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(EXIT_BAD_INPUT);
        commandLine.getCommandSpec().exitCodeOnExecutionException(EXIT_FAILURE);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(EXIT_BAD_INPUT);
            sub.getCommandSpec().exitCodeOnExecutionException(EXIT_FAILURE);
        }
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int exitCodeOf(final Throwable exception) {
        if (exception instanceof InputException || exception instanceof CommandLine.ParameterException) {
            return EXIT_BAD_INPUT;
        }
        return EXIT_FAILURE;
    }

    private static int handleExecutionException(final Exception exception, final CommandLine commandLine,
            final CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof InputException) {
            err.println("modelci: " + exception.getMessage());
            err.flush();
            return EXIT_BAD_INPUT;
        }
        err.println("modelci: internal error: " + exception);
        if (System.getenv("MODELCI_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        else {
            err.println("(set MODELCI_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return EXIT_FAILURE;
    }
}
