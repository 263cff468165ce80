package io.newsstream.cli;

import static io.newsstream.testing.GazetteerFixtures.ARTICLE_TEXT;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_ID;
import static io.newsstream.testing.GazetteerFixtures.NEW_PM_LINES;
import static io.newsstream.testing.GazetteerFixtures.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gazetteer.overrides} through the command line: applied by {@code enrich}, and a bad file is an error naming file and line. */
class GazetteerOverridesCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int enrich(final Path overrides) throws IOException {
        final Path config = Files.writeString(dir.resolve("test.properties"),
                "gazetteer.overrides=" + overrides.toString().replace("\\", "/") + "\n");
        final byte[] stdin = Json.mapper().writeValueAsBytes(Map.of("id", "a", "text", ARTICLE_TEXT,
                "published_at", PUBLISHED.toString()));
        final CommandLine commandLine = new CommandLine(new EnrichCommand(Main::standardStages,
                new ByteArrayInputStream(stdin)));
        commandLine.setExecutionExceptionHandler(new Main.OneLineErrors());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute("--config", config.toString(), "-");
    }

    @Test
    void enrichTagsWithTheLeadersOfTheOverridesFile() throws IOException {
        final Path overrides = Files.writeString(dir.resolve("extra.tsv"), NEW_PM_LINES, StandardCharsets.UTF_8);
        assertThat(enrich(overrides)).as(err.toString()).isZero();
        assertThat(Json.mapper().readTree(out.toString().lines().findFirst().orElseThrow())
                .at("/leaders/0/id").asText()).isEqualTo(NEW_PM_ID);
    }

    @Test
    void badOverridesFileStopsTheCommandNamingFileAndLine() throws IOException {
        final Path overrides = Files.writeString(dir.resolve("bad.tsv"), "# extra\nlname\tnobody\ten\tfull\tNo Body\t-\n",
                StandardCharsets.UTF_8);
        assertThat(enrich(overrides)).isEqualTo(1);
        // bad names are all listed at once, one per line, under one error line
        assertThat(err.toString()).startsWith("newsstream enrich: 1 bad gazetteer name(s):")
                .contains(overrides + ":2: name for unknown leader nobody").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }
}
