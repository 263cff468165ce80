package io.newsstream.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka cluster (combined KRaft broker and controller) running inside this JVM,
 * built from Apache Kafka's own server classes. It listens on loopback only and keeps its log in a
 * temporary directory that is deleted on {@link #close()}, unless a data directory is given, in which
 * case the data survives restarts. Meant for {@code demo}, {@code broker} and integration tests, not
 * for production.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int port;
    private boolean closed;

    private EmbeddedKafkaBroker(final KafkaRaftServer server, final Path dataDir, final boolean deleteOnClose,
                                final int port) {
        this.server = server;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.port = port;
    }

    /** Starts a broker on a free loopback port with its data in a temporary directory. */
    public static EmbeddedKafkaBroker start() {
        return start(0, Optional.empty());
    }

    /**
     * Starts a broker on a free loopback port with its data in a temporary directory and these broker
     * settings on top of the built-in ones, e.g. {@code log.retention.check.interval.ms} for a test that
     * needs the broker's retention to run within seconds rather than every 5 minutes.
     */
    public static EmbeddedKafkaBroker start(final Map<String, String> brokerSettings) {
        return start(0, Optional.empty(), brokerSettings);
    }

    /**
     * Starts a broker and returns once it accepts clients.
     *
     * @param port    the client port on 127.0.0.1, or 0 for a free one
     * @param dataDir where to keep the log (created and formatted if new, reused if already formatted);
     *                empty for a temporary directory deleted on close
     */
    public static EmbeddedKafkaBroker start(final int port, final Optional<Path> dataDir) {
        return start(port, dataDir, Map.of());
    }

    private static EmbeddedKafkaBroker start(final int port, final Optional<Path> dataDir,
                                             final Map<String, String> brokerSettings) {
        final Path dir;
        try {
            dir = dataDir.isPresent()
                    ? Files.createDirectories(dataDir.get().toAbsolutePath())
                    : Files.createTempDirectory("newsstream-kafka-");
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot create the broker's data directory: " + e.getMessage(), e);
        }
        // Checked here because Kafka reports a taken port with pages of stack traces before failing.
        final int clientPort = port == 0 ? freePort() : requireFree(port);
        final Properties props = serverProperties(clientPort, freePort(), dir);
        props.putAll(brokerSettings);
        final KafkaRaftServer server;
        try {
            format(props, dir);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
        } catch (final RuntimeException e) {
            if (dataDir.isEmpty()) {
                deleteRecursively(dir);
            }
            throw e;
        }
        return new EmbeddedKafkaBroker(server, dir, dataDir.isEmpty(), clientPort);
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** Where the broker keeps its log. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker, waits for it to finish, and removes a temporary data directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private static Properties serverProperties(final int clientPort, final int controllerPort, final Path dir) {
        final Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // A static voter set: the controller's port is not written into the log, so a reused data
        // directory still starts when the next run picks a different free port.
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + clientPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.toString());
        // One node: every internal topic must make do with one replica or Streams processes nothing.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "3");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created explicitly (TopicAdmin) so a misspelt name fails instead of appearing.
        props.put("auto.create.topics.enable", "false");
        // Exactly-once on transactions v2 (KIP-890, the 4.x default): the first produce of a new transaction
        // adds its partition on the broker, which answers CONCURRENT_TRANSACTIONS while the previous
        // transaction's markers are still being written, after retrying for at most this long (KAFKA-18654;
        // AddPartitionsToTxnConfig in kafka-transaction-coordinator 4.4.0, default 100 ms). On a busy machine
        // the markers take longer; the client then retries that batch, the batches pipelined behind it reach
        // the partition first and are refused with OutOfOrderSequenceException "Expected sequence 0 for
        // transactions v2 idempotent producer with no existing state" (KAFKA-18202: a TV2 marker clears the
        // producer's batch history, ProducerAppendInfo.checkSequence), logged at ERROR by ReplicaManager and
        // retried by the client. Harmless, but the noise hid real errors. Waiting up to 2 s here removed both
        // the client retries and the broker errors in the throughput harness (docs/benchmarks.md, "Broker
        // OutOfOrderSequenceException"); it must stay well under the producer's request.timeout.ms (30 s).
        props.put("add.partitions.to.txn.retry.backoff.max.ms", "2000");
        return props;
    }

    private static void format(final Properties props, final Path dir) {
        if (Files.exists(dir.resolve("meta.properties"))) {
            return;
        }
        final Path file = dir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(out, "written by newsstream EmbeddedKafkaBroker");
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final int status;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                "-c", file.toString()}, printStream);
        }
        if (status != 0) {
            throw new IllegalStateException("formatting the broker's log directory " + dir + " failed: "
                    + output.toString(StandardCharsets.UTF_8).trim());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return socket.getLocalPort();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + HOST + ": " + e.getMessage(), e);
        }
    }

    private static int requireFree(final int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return port;
        } catch (final IOException e) {
            throw new IllegalStateException("port " + port + " on " + HOST + " is already in use; choose another with --port, or 0 for a free one", e);
        }
    }

    private static void deleteRecursively(final Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(final Path dir, final IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot delete the broker's temporary directory " + root, e);
        }
    }
}
