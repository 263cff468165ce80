package io.newsstream.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsstream.config.ConfigException;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.config.Topics;

/** Cluster checks and topic creation with an {@link Admin} client built from the {@code kafka.*} settings. */
public final class TopicAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /**
     * Fails fast with a one-line message when no broker answers at {@code bootstrapServers} within
     * {@code timeout}, so commands do not hang in the clients' endless reconnect loop.
     */
    public static void checkReachable(final Properties kafkaProperties, final Duration timeout) {
        final Properties props = adminProperties(kafkaProperties, timeout);
        final String servers = props.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .clusterId().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (final ExecutionException | TimeoutException e) {
            throw new BrokerUnavailableException("no Kafka broker reachable at " + servers + " within "
                    + timeout.toSeconds() + " s");
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException("interrupted while contacting Kafka at " + servers);
        }
    }

    /**
     * Creates every newsstream topic that does not exist yet, with {@code topic.partitions} partitions
     * and {@code topic.replication.factor} replicas; the mention-count and gazetteer topics are compacted. Topics that
     * already exist are left as they are.
     *
     * @return the names of the topics this call created
     */
    public static List<String> createTopics(final NewsstreamConfig config) {
        final Topics topics = Topics.from(config);
        final int partitions = config.getInt("topic.partitions");
        final short replication = (short) config.getInt("topic.replication.factor");
        final String maxMessageBytes = String.valueOf(config.getInt("topic.max.message.bytes"));
        final List<NewTopic> wanted = new ArrayList<>();
        for (final String name : topics.all()) {
            final Map<String, String> topicConfig = new HashMap<>();
            topicConfig.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes);
            if (topics.compacted().contains(name)) {
                topicConfig.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            final NewTopic topic = new NewTopic(name, partitions, replication).configs(topicConfig);
            wanted.add(topic);
        }
        final List<String> created = new ArrayList<>();
        try (Admin admin = Admin.create(adminProperties(config.kafkaProperties(), Duration.ofSeconds(30)))) {
            final Map<String, KafkaFuture<Void>> results = admin.createTopics(wanted).values();
            for (final Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
                try {
                    result.getValue().get();
                    created.add(result.getKey());
                } catch (final ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
        LOG.info("Topics created: {}; already present: {}", created,
                topics.all().stream().filter(t -> !created.contains(t)).toList());
        return List.copyOf(created);
    }

    private static Properties adminProperties(final Properties kafkaProperties, final Duration timeout) {
        final Properties props = new Properties();
        for (final String key : AdminClientConfig.configNames()) {
            if (kafkaProperties.containsKey(key)) {
                props.put(key, kafkaProperties.get(key));
            }
        }
        if (!props.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new ConfigException("no Kafka bootstrap servers configured");
        }
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(timeout.toMillis()));
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.min(timeout.toMillis(), 30_000)));
        props.putIfAbsent(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        return props;
    }
}
