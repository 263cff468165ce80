package io.newsstream.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsstream process} as a user runs it, in a JVM of its own started from this test's classpath,
 * so it can be killed with SIGKILL without taking the broker or the test with it. Its stdout and stderr
 * are appended to a log file.
 */
final class ProcessorJvm {
    private final Process process;
    private final Path log;

    private ProcessorJvm(final Process process, final Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code io.newsstream.cli.Main process --bootstrap-servers <bootstrap> --http-port 0} with each
     * setting as {@code -Dnewsstream.<key>=<value>} and no {@code NEWSSTREAM_*} variables from this
     * environment, in {@code workDir} (so no {@code config/newsstream.properties} is read).
     */
    static ProcessorJvm start(final String bootstrapServers, final Map<String, String> settings, final Path workDir,
                              final Path log) {
        final String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        final List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                // C1 only: starts faster and competes less for the CPU; throughput is bound by transactions anyway
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path")));
        settings.forEach((key, value) -> command.add("-Dnewsstream." + key + "=" + value));
        command.addAll(List.of("io.newsstream.cli.Main", "process", "--bootstrap-servers", bootstrapServers,
                "--http-port", "0"));
        final ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSSTREAM_"));
        try {
            Files.writeString(log, "=== starting " + String.join(" ", command.subList(command.size() - 6, command.size()))
                    + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return new ProcessorJvm(builder.start(), log);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux: no shutdown hook, no close, no commit; returns once the process is gone. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("processor " + process.pid() + " still alive 30 s after SIGKILL");
        }
    }

    /** What the processor wrote so far, for a failure message. */
    String logTail() {
        try {
            final List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (final IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the processor the polite way (SIGTERM, its shutdown hook closes Streams), forcibly if it hangs. */
    void stop() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            killHard();
        }
    }
}
