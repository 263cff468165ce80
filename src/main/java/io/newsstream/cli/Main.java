package io.newsstream.cli;

import java.io.PrintWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** {@code java -jar newsstream.jar <command>}: the entry point for every command. */
@Command(name = "newsstream", mixinStandardHelpOptions = true, version = "newsstream 0.1.0",
        description = "Kafka Streams news ingestion: normalize, deduplicate, tag countries and leaders, count mentions.",
        subcommands = {
            BrokerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new OneLineErrors())
                .setParameterExceptionHandler(new OneLineUsageErrors());
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    /** Any failure while a command runs: one line on stderr, exit status 1; the stack trace only in the debug log. */
    static final class OneLineErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(final Exception e, final CommandLine commandLine,
                                            final ParseResult parseResult) {
            LOG.debug("Command failed", e);
            commandLine.getErr().println("newsstream " + commandLine.getCommandName() + ": " + describe(e));
            return 1;
        }

        private static String describe(final Throwable e) {
            Throwable cause = e;
            while (cause.getMessage() == null && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }

    /** A bad option or argument: one line and a pointer to --help, exit status 2. */
    static final class OneLineUsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(final ParameterException e, final String[] args) {
            final CommandLine commandLine = e.getCommandLine();
            final PrintWriter err = commandLine.getErr();
            err.println("newsstream: " + e.getMessage());
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        }
    }
}
