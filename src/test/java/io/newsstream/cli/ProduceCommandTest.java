package io.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The produce command's failures before anything is sent; sending is covered by {@code ProduceCommandIT}. */
class ProduceCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int produce(final String... args) {
        final CommandLine commandLine = new CommandLine(new ProduceCommand(config -> {
            throw new AssertionError("nothing is inspected before the broker answers");
        }, InputStream.nullInputStream()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** A config file standing in for config/newsstream.properties, so the working directory's one is not read. */
    private String config(final String content) throws IOException {
        return Files.writeString(dir.resolve("test.properties"), content).toString();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void missingBootstrapServersIsOneLineErrorNamingEveryWayToSetThem() throws IOException {
        final int status = produce("--config", config("topic.raw=news.raw\n"), dir.toString());

        assertThat(status).isEqualTo(ProduceCommand.EXIT_FAILED);
        assertThat(err.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("produce: ").contains("--bootstrap-servers", "NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS",
                        "kafka.bootstrap.servers"));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unreachableBrokerIsOneLineErrorWithoutStackTrace() throws IOException {
        final String servers = "127.0.0.1:" + closedPort();

        final int status = produce("--config", config("produce.connect.timeout=1s\n"),
                "--bootstrap-servers", servers, dir.toString());

        assertThat(status).isEqualTo(ProduceCommand.EXIT_FAILED);
        assertThat(err.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("produce: ").contains(servers).doesNotContain("Exception"));
    }

    @Test
    void pathIsRequired() {
        assertThat(produce("--bootstrap-servers", "127.0.0.1:9092")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("PATH");
    }

    @Test
    void helpListsTheExitStatuses() {
        final int status = produce("--help");

        assertThat(status).isZero();
        assertThat(out.toString()).contains("Exit status:", "3   some inputs were rejected");
    }
}
