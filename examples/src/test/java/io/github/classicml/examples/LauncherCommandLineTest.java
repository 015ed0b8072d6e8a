package io.github.classicml.examples;

import io.github.classicml.examples.cli.CommandLine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher hands the command line's subcommands to {@link CommandLine} and keeps its own
 * behaviour for everything else (the example list, {@code tour}, names and {@code --out}, which
 * {@code ExamplesTest} covers); {@code --help} lists both.
 */
class LauncherCommandLineTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void help_listsTheExamplesUsageAndEveryCommand() {
        for (String help : new String[] {"--help", "-h", "help"}) {
            outBytes.reset();
            assertEquals(0, Launcher.run(new String[] {help}, out, err));
            String printed = outBytes.toString(StandardCharsets.UTF_8);
            assertTrue(printed.startsWith("usage: java -jar classicml-examples.jar [--out DIR] [list | tour | EXAMPLE...]"),
                    printed);
            for (String command : CommandLine.COMMANDS) {
                assertTrue(printed.contains("\n  " + command + " "), command + " in " + printed);
            }
        }
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void commands_goToTheCommandLine() {
        assertEquals(0, Launcher.run(new String[] {"learners"}, out, err));
        assertTrue(outBytes.toString(StandardCharsets.UTF_8).contains("\nkmeans "));
        assertEquals(2, Launcher.run(new String[] {"cluster", "--frob"}, out, err));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).startsWith("cluster takes [--learner, --data"),
                errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownWord_namesTheExamplesAndTheCommands() {
        assertEquals(2, Launcher.run(new String[] {"fit"}, out, err));
        String message = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("example must be one of [knn-iris"), message);
        assertTrue(message.endsWith(" or tour, or a command [fit-predict, cross-validate, cluster, learners], got \"fit\"\n"),
                message);
    }
}
