package io.modelci.cli.demo;

import io.modelci.InputException;
import io.modelci.cli.ModelCi;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Shared set-up of the demo's main classes: the same exit codes and error messages as {@code modelci}. */
final class DemoMains {
    private DemoMains() {
    }

    /** Runs a command object as a whole program and returns its exit code. */
    static int execute(final Object command, final String... args) {
        return newCommandLine(command).execute(args);
    }

    static CommandLine newCommandLine(final Object command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ModelCi.EXIT_BAD_INPUT);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ModelCi.EXIT_FAILURE);
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            PrintWriter err = cl.getErr();
            if (exception instanceof InputException) {
                err.println(cl.getCommandName() + ": " + exception.getMessage());
                err.flush();
                return ModelCi.EXIT_BAD_INPUT;
            }
            err.println(cl.getCommandName() + ": internal error: " + exception);
            err.flush();
            return ModelCi.EXIT_FAILURE;
        });
        return commandLine;
    }
}
