package io.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsstream.testing.KeywordStages;
import picocli.CommandLine;

/** The command line's contract without a broker: help everywhere, and one-line errors with a non-zero exit. */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(final String... args) {
        final CommandLine commandLine = Main.commandLine(KeywordStages::new);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** A config file with nothing in it, so a config/newsstream.properties in the working directory cannot interfere. */
    private String emptyConfig() throws IOException {
        return Files.writeString(dir.resolve("empty.properties"), "# nothing\n").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "process", "broker", "produce", "enrich"})
    void printsUsageForEveryCommand(final String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: newsstream " + command).contains("--help");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listsEveryCommandInTheTopLevelHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "process", "broker", "produce", "enrich");
    }

    @Test
    void rejectsAnUnknownOptionInOneLinePlusAHint() {
        assertThat(run("process", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString().lines().toList()).containsExactly(
                "newsstream: Unknown option: '--no-such-option'", "Try 'newsstream process --help'.");
    }

    @Test
    void reportsAMissingConfigFileInOneLine() {
        assertThat(run("process", "--config", dir.resolve("missing.properties").toString())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("newsstream process: config file ").endsWith("does not exist or is not a file");
    }

    @Test
    void asksForBootstrapServersWhenProcessHasNone() throws IOException {
        assertThat(run("process", "--config", emptyConfig())).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("newsstream process: no Kafka cluster configured: pass --bootstrap-servers");
    }

    @Test
    void reportsAnUnreachableBrokerInOneLineWithinTheTimeout() throws IOException {
        final Instant start = Instant.now();
        assertThat(run("process", "--config", emptyConfig(), "--bootstrap-servers", "127.0.0.1:1")).isEqualTo(1);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Processor.REACHABLE_TIMEOUT.plusSeconds(5));
        assertThat(err.toString().lines().toList())
                .containsExactly("newsstream process: no Kafka broker reachable at 127.0.0.1:1 within 10 s");
    }
}
