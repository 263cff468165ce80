package io.newsstream.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsstream.config.ConfigException;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.input.InputItem;
import io.newsstream.input.InputReader;
import io.newsstream.input.InputRecord;
import io.newsstream.input.RejectedInput;
import io.newsstream.json.Json;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.pipeline.BatchEnricher;
import io.newsstream.pipeline.BatchResult;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsstream enrich PATH...}: the pipeline without Kafka, one JSON line per input on stdout. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        header = "Enrich article files offline, without Kafka: one JSON line per input.",
        description = {"Run article inputs through the same stages as the stream processor, without Kafka, and",
            "write one JSON line per input to stdout, in input order: status enriched (every news.enriched",
            "field), duplicate (duplicate_of, rule) or rejected (error). Inputs as for produce: .txt, .json,",
            ".jsonl/.ndjson, directories (recursively, in path order), - for stdin (JSON lines)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was read (rejected articles are part of the output, not a failure)",
            "1:bad configuration, or reading stopped part way",
            "2:bad options or arguments",
            "3:some inputs could not be read (missing, unsupported type, .txt not UTF-8); each has a rejected line"})
public final class EnrichCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    /** Not 2: picocli uses 2 for usage errors. */
    public static final int EXIT_UNREADABLE = 3;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = {"Files, directories, - for stdin (JSON lines), or classpath:INDEX",
                "for a bundled corpus, e.g. classpath:samples/corpus/index.txt."})
    List<String> paths;

    @Option(names = "--no-dedup", description = "Enrich every input, even one that repeats an earlier one.")
    boolean noDedup;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file layered over the built-in defaults (default: config/newsstream.properties when present).")
    Path configFile;

    private final Function<NewsstreamConfig, ArticleStages> stages;
    private final InputStream stdin;

    /** @param stages builds the processor's stages from the settings */
    public EnrichCommand(final Function<NewsstreamConfig, ArticleStages> stages) {
        this(stages, System.in);
    }

    EnrichCommand(final Function<NewsstreamConfig, ArticleStages> stages, final InputStream stdin) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final BatchEnricher enricher;
        try {
            final NewsstreamConfig config = NewsstreamConfig.load(Optional.ofNullable(configFile));
            enricher = BatchEnricher.fromConfig(config, stages.apply(config), !noDedup);
        } catch (final ConfigException e) {
            err.println("enrich: " + e.getMessage());
            return EXIT_FAILED;
        }
        final ObjectWriter writer = Json.mapper().writer();
        final Map<BatchResult.Status, Long> counts = new EnumMap<>(BatchResult.Status.class);
        long unreadable = 0;
        try (Stream<InputItem> items = new InputReader(stdin).read(paths)) {
            final Iterator<InputItem> iterator = items.iterator();
            while (iterator.hasNext()) {
                final InputItem item = iterator.next();
                final BatchResult result;
                if (item instanceof InputRecord record) {
                    result = enricher.enrich(record.origin(), record.value());
                } else {
                    unreadable++;
                    result = new BatchResult.Rejected(null, ((RejectedInput) item).describe());
                }
                out.println(writer.writeValueAsString(result));
                counts.merge(result.status(), 1L, Long::sum);
            }
        } catch (final UncheckedIOException e) {
            out.flush();
            err.println("enrich: stopped: " + e.getMessage());
            return EXIT_FAILED;
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result as JSON: " + e.getMessage(), e);
        }
        out.flush();
        err.printf("enrich: %d enriched, %d duplicate, %d rejected%n",
                counts.getOrDefault(BatchResult.Status.ENRICHED, 0L),
                counts.getOrDefault(BatchResult.Status.DUPLICATE, 0L),
                counts.getOrDefault(BatchResult.Status.REJECTED, 0L));
        err.flush();
        return unreadable > 0 ? EXIT_UNREADABLE : EXIT_OK;
    }
}
