package io.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.config.NewsstreamConfig;
import io.newsstream.json.Json;
import io.newsstream.pipeline.ArticleStages;
import io.newsstream.pipeline.StandardStages;
import io.newsstream.testing.KeywordStages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EnrichCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String configFile;
    private Path inputs;

    @BeforeEach
    void writeInputs() throws IOException {
        configFile = Files.writeString(dir.resolve("test.properties"), "dedup.retention=7d\n").toString();
        inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("a.json"),
                "{\"id\":\"first\",\"url\":\"https://example.org/a\",\"text\":\"Zelensky met Macron in Paris.\"}");
        Files.writeString(inputs.resolve("b.jsonl"), String.join("\n",
                "{\"id\":\"copy\",\"text\":\"Zelensky met Macron in Paris.\"}",
                "",
                "{\"id\":\"broken\",\"text\":",
                "{\"id\":\"second\",\"text\":\"Putin spoke about Ukraine.\"}"));
        Files.write(inputs.resolve("c.txt"), new byte[] {'K', 'i', 'j', 'e', 'w', (byte) 0xE9});
    }

    /** Runs enrich over the keyword test stages. */
    private int enrich(final InputStream stdin, final String... args) {
        return enrich(KeywordStages::new, stdin, args);
    }

    private int enrich(final Function<NewsstreamConfig, ArticleStages> stages, final InputStream stdin,
                       final String... args) {
        final CommandLine commandLine = new CommandLine(new EnrichCommand(stages, stdin));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private List<JsonNode> outputLines() {
        return out.toString().lines().map(line -> {
            try {
                return Json.mapper().readTree(line);
            } catch (final IOException e) {
                throw new UncheckedIOException("not one JSON value per line: " + line, e);
            }
        }).toList();
    }

    @Test
    void writesOneLinePerInputInInputOrderEnrichedDuplicateRejected() {
        final int status = enrich(InputStream.nullInputStream(), "--config", configFile, inputs.toString());

        final List<JsonNode> lines = outputLines();
        assertThat(lines).extracting(line -> line.get("status").asText())
                .containsExactly("enriched", "duplicate", "rejected", "enriched", "rejected");
        assertThat(lines.get(0).get("id").asText()).isEqualTo("first");
        assertThat(lines.get(0).get("text").asText()).isEqualTo("Zelensky met Macron in Paris.");
        assertThat(lines.get(0).has("ingested_at")).isTrue();
        assertThat(lines.get(1).get("id").asText()).isEqualTo("copy");
        assertThat(lines.get(1).get("duplicate_of").asText()).isEqualTo("first");
        assertThat(lines.get(1).get("rule").asText()).isEqualTo("same_content");
        assertThat(lines.get(2).get("error").asText()).startsWith(inputs.resolve("b.jsonl") + ":3: invalid_json");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("second");
        assertThat(lines.get(3).get("countries").findValuesAsText("code")).containsExactly("UA");
        assertThat(lines.get(3).get("leaders").findValuesAsText("id")).containsExactly("putin");
        assertThat(lines.get(4).get("id").isNull()).isTrue();
        assertThat(lines.get(4).get("error").asText())
                .startsWith(inputs.resolve("c.txt") + ": not valid UTF-8");
        assertThat(status).as("c.txt could not be read").isEqualTo(EnrichCommand.EXIT_UNREADABLE);
        assertThat(err.toString()).contains("enrich: 2 enriched, 1 duplicate, 2 rejected");
    }

    @Test
    void negativeDedupGraceStopsTheRunWithAOneLineError() throws IOException {
        final String badConfig = Files.writeString(dir.resolve("bad.properties"), "dedup.grace=-PT1H\n").toString();
        final int status = enrich(InputStream.nullInputStream(), "--config", badConfig, inputs.resolve("a.json").toString());

        assertThat(status).isEqualTo(EnrichCommand.EXIT_FAILED);
        assertThat(err.toString().strip())
                .isEqualTo("enrich: setting 'dedup.grace' must be zero or a positive duration, got '-PT1H'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noDedupEnrichesRepeatedArticles() {
        final int status = enrich(InputStream.nullInputStream(), "--config", configFile, "--no-dedup",
                inputs.resolve("a.json").toString(), inputs.resolve("b.jsonl").toString());

        assertThat(outputLines()).extracting(line -> line.get("status").asText() + " " + line.get("id").asText())
                .containsExactly("enriched first", "enriched copy", "rejected null", "enriched second");
        assertThat(status).isEqualTo(EnrichCommand.EXIT_OK);
    }

    @Test
    void readsJsonLinesFromStdin() {
        final InputStream stdin = new ByteArrayInputStream(
                "{\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"one\"}\n".getBytes(StandardCharsets.UTF_8));

        final int status = enrich(stdin, "--config", configFile, "-");

        assertThat(outputLines()).extracting(line -> line.get("status").asText())
                .containsExactly("enriched", "duplicate");
        assertThat(status).isEqualTo(EnrichCommand.EXIT_OK);
    }

    @Test
    void bundledCorpusThroughTheStandardStagesGivesTheDocumentedTotals() {
        final int status = enrich(StandardStages::new, InputStream.nullInputStream(), "--config", configFile,
                "classpath:samples/corpus/index.txt");

        // totals documented in samples/corpus/PROVENANCE.md and docs/contracts.md
        assertThat(err.toString()).contains("enrich: 37 enriched, 4 duplicate, 6 rejected");
        final List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(47);
        assertThat(lines.get(0).get("language").asText()).isEqualTo("ru");
        assertThat(lines.get(0).get("leaders").findValuesAsText("id")).contains("vladimir-putin");
        assertThat(status).isEqualTo(EnrichCommand.EXIT_OK);
    }

    @Test
    void missingFileIsARejectedLineNamingIt() {
        final String missing = dir.resolve("nope.jsonl").toString();

        final int status = enrich(InputStream.nullInputStream(), "--config", configFile, missing);

        assertThat(outputLines()).singleElement().satisfies(line -> {
            assertThat(line.get("status").asText()).isEqualTo("rejected");
            assertThat(line.get("error").asText()).isEqualTo(missing + ": no such file or directory");
        });
        assertThat(status).isEqualTo(EnrichCommand.EXIT_UNREADABLE);
    }
}
