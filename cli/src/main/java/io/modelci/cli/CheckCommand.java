package io.modelci.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code modelci check}: deployment checks against a served model (golden answers, latency under load). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Deployment checks against a model being served; each writes a metrics file the gate reads.",
        subcommands = {CheckGoldenCommand.class, CheckLoadCommand.class})
public final class CheckCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
