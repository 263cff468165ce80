package io.newsstream.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings in layers, each overriding the one before: built-in defaults
 * ({@code newsstream-defaults.properties}), the properties file ({@code config/newsstream.properties}
 * or the one named by {@code --config} / {@code NEWSSTREAM_CONFIG_FILE}), environment variables
 * ({@code NEWSSTREAM_FOO_BAR} sets {@code foo.bar}), then system properties ({@code -Dnewsstream.foo.bar}).
 * Keys under {@code kafka.} pass through, prefix removed, to the Kafka clients and Streams.
 * Immutable.
 */
public final class NewsstreamConfig {
    public static final String DEFAULTS_RESOURCE = "/newsstream-defaults.properties";
    public static final Path DEFAULT_FILE = Path.of("config", "newsstream.properties");
    public static final String ENV_PREFIX = "NEWSSTREAM_";
    public static final String CONFIG_FILE_ENV = "NEWSSTREAM_CONFIG_FILE";
    public static final String SYSTEM_PROPERTY_PREFIX = "newsstream.";
    public static final String KAFKA_PREFIX = "kafka.";

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final Map<String, String> values;

    private NewsstreamConfig(final Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The built-in defaults alone. */
    public static NewsstreamConfig defaults() {
        return new NewsstreamConfig(readDefaults());
    }

    /** Loads all layers from this process: the config file (explicit or default), env, system properties. */
    public static NewsstreamConfig load(final Optional<Path> explicitFile) {
        return load(explicitFile, System.getenv(), System.getProperties());
    }

    /**
     * Loads all layers. An explicit file (or one named by {@code NEWSSTREAM_CONFIG_FILE}) must exist;
     * the default {@code config/newsstream.properties} is read only when present.
     */
    public static NewsstreamConfig load(final Optional<Path> explicitFile,
                                        final Map<String, String> env,
                                        final Properties systemProperties) {
        final Map<String, String> merged = readDefaults();
        final Optional<Path> named = explicitFile.or(() -> Optional.ofNullable(env.get(CONFIG_FILE_ENV))
                .filter(s -> !s.isBlank()).map(Path::of));
        if (named.isPresent()) {
            merged.putAll(readFile(named.get()));
        } else if (Files.isRegularFile(DEFAULT_FILE)) {
            merged.putAll(readFile(DEFAULT_FILE));
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !name.equals(CONFIG_FILE_ENV)) {
                merged.put(envNameToKey(name), value);
            }
        });
        for (final String name : systemProperties.stringPropertyNames()) {
            if (name.startsWith(SYSTEM_PROPERTY_PREFIX)) {
                merged.put(name.substring(SYSTEM_PROPERTY_PREFIX.length()), systemProperties.getProperty(name));
            }
        }
        return new NewsstreamConfig(merged);
    }

    /** {@code NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS} becomes {@code kafka.bootstrap.servers}. */
    static String envNameToKey(final String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** A copy with one more setting on top of every layer (used for command-line options). */
    public NewsstreamConfig with(final String key, final String value) {
        final Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new NewsstreamConfig(copy);
    }

    public Optional<String> find(final String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String get(final String key) {
        return find(key).orElseThrow(() -> new ConfigException("missing setting '" + key
                + "': set it in " + DEFAULT_FILE + ", as " + ENV_PREFIX
                + key.toUpperCase(Locale.ROOT).replace('.', '_') + ", or as -D" + SYSTEM_PROPERTY_PREFIX + key));
    }

    public int getInt(final String key) {
        final String value = get(key);
        try {
            return Integer.parseInt(value);
        } catch (final NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a whole number, got '" + value + "'", e);
        }
    }

    public long getLong(final String key) {
        final String value = get(key);
        try {
            return Long.parseLong(value);
        } catch (final NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a whole number, got '" + value + "'", e);
        }
    }

    public boolean getBoolean(final String key) {
        final String value = get(key).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new ConfigException("setting '" + key + "' must be true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    public double getDouble(final String key) {
        final String value = get(key);
        try {
            return Double.parseDouble(value);
        } catch (final NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' must be a number, got '" + value + "'", e);
        }
    }

    /** An ISO-8601 duration ({@code P7D}, {@code PT1H}) or a short one ({@code 7d}, {@code 1h}, {@code 30s}, {@code 250ms}). */
    public Duration getDuration(final String key) {
        final String value = get(key);
        final Matcher m = SHORT_DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            final long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m": return Duration.ofMinutes(n);
                case "h": return Duration.ofHours(n);
                default: return Duration.ofDays(n);
            }
        }
        try {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (final DateTimeParseException e) {
            throw new ConfigException("setting '" + key + "' must be a duration such as 7d, 1h, 30s or P7D, got '"
                    + value + "'", e);
        }
    }

    /** A comma-separated list, entries trimmed, empty entries dropped. */
    public List<String> getList(final String key) {
        return Arrays.stream(get(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Every {@code kafka.*} setting with the prefix removed, for the Kafka clients and Streams. */
    public Properties kafkaProperties() {
        final Properties props = new Properties();
        values.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX) && !value.isBlank()) {
                props.put(key.substring(KAFKA_PREFIX.length()), value.trim());
            }
        });
        return props;
    }

    /** All settings, sorted by key. */
    public Map<String, String> asMap() {
        return values;
    }

    private static Map<String, String> readDefaults() {
        try (InputStream in = NewsstreamConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in defaults " + DEFAULTS_RESOURCE + " missing from the jar");
            }
            final Properties props = new Properties();
            props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return toMap(props);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> readFile(final Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            final Properties props = new Properties();
            props.load(reader);
            return toMap(props);
        } catch (final IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> toMap(final Properties props) {
        final Map<String, String> map = new TreeMap<>();
        for (final String name : props.stringPropertyNames()) {
            map.put(name, props.getProperty(name));
        }
        return map;
    }
}
