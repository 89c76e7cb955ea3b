package io.modelci.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ModelCiTest {
    @Test
    void shouldPrintHelpWithExitCodeZero() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("--help");

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_OK);
        assertThat(out.toString()).contains("Usage: modelci").contains("--version");
    }

    @Test
    void shouldDescribeEveryCommandAndOptionInItsHelp() {
        java.util.List<CommandLine> commands = new java.util.ArrayList<>();
        collect(ModelCi.newCommandLine(), commands);
        assertThat(commands).hasSizeGreaterThan(10);

        for (CommandLine command : commands) {
            if (command.getCommandName().equals("help")) {
                continue;
            }
            String path = qualifiedName(command);
            assertThat(command.getCommandSpec().usageMessage().description())
                    .as("description of '%s'", path).isNotEmpty();
            command.getCommandSpec().options().forEach(option -> assertThat(option.description())
                    .as("description of %s in '%s'", option.longestName(), path).isNotEmpty());

            StringWriter out = new StringWriter();
            CommandLine root = ModelCi.newCommandLine();
            root.setOut(new PrintWriter(out));
            root.setErr(new PrintWriter(new StringWriter()));
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(path.split(" ")));
            args.add("--help");

            int exitCode = root.execute(args.toArray(String[]::new));

            assertThat(exitCode).as("exit code of '%s --help'", path).isEqualTo(ModelCi.EXIT_OK);
            assertThat(out.toString()).as("help of '%s'", path).contains("Usage: modelci " + path);
        }
    }

    private static void collect(final CommandLine command, final java.util.List<CommandLine> into) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!into.contains(sub)) {
                into.add(sub);
                collect(sub, into);
            }
        }
    }

    private static String qualifiedName(final CommandLine command) {
        String name = command.getCommandName();
        CommandLine parent = command.getParent();
        return parent == null || parent.getParent() == null ? name : qualifiedName(parent) + " " + name;
    }

    @Test
    void shouldExitWithTwoOnAnUnknownOption() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = ModelCi.newCommandLine();
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("--no-such-option");

        assertThat(exitCode).isEqualTo(ModelCi.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--no-such-option");
    }
}
