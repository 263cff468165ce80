package io.newsstream.cli;

import java.io.PrintWriter;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsstream.config.NewsstreamConfig;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.pipeline.StandardStages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** {@code java -jar newsstream.jar <command>}: the entry point for every command. */
@Command(name = "newsstream", mixinStandardHelpOptions = true, version = "newsstream 0.1.0",
        description = "Kafka Streams news ingestion: normalize, deduplicate, tag countries and leaders, count mentions.",
        subcommands = {
            DemoCommand.class,
            ProcessCommand.class,
            BrokerCommand.class,
            ProduceCommand.class,
            EnrichCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args) {
        System.exit(commandLine(Main::standardStages).execute(args));
    }

    /**
     * The configured command line; commands that process articles get their stages from {@code stages}
     * (tests pass their own).
     */
    public static CommandLine commandLine(final Function<NewsstreamConfig, ArticleStages> stages) {
        return new CommandLine(new Main(), new CommandFactory(stages))
                .setExecutionExceptionHandler(new OneLineErrors())
                .setParameterExceptionHandler(new OneLineUsageErrors());
    }

    /** The production stages: parser, normalizer and tagger configured from the settings. */
    public static ArticleStages standardStages(final NewsstreamConfig config) {
        return new StandardStages(config);
    }

    /** Creates the commands that need article stages with them; everything else the picocli way. */
    private static final class CommandFactory implements IFactory {
        private final Function<NewsstreamConfig, ArticleStages> stages;

        CommandFactory(final Function<NewsstreamConfig, ArticleStages> stages) {
            this.stages = stages;
        }

        @Override
        public <K> K create(final Class<K> type) throws Exception {
            if (type == DemoCommand.class) {
                return type.cast(new DemoCommand(stages));
            }
            if (type == ProcessCommand.class) {
                return type.cast(new ProcessCommand(stages));
            }
            if (type == ProduceCommand.class) {
                return type.cast(new ProduceCommand(stages));
            }
            if (type == EnrichCommand.class) {
                return type.cast(new EnrichCommand(stages));
            }
            return CommandLine.defaultFactory().create(type);
        }
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
