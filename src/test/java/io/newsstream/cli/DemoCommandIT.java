package io.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code newsstream demo --exit-when-done} in-process with the production stages: embedded broker,
 * topics, processor, the bundled corpus, and a summary that matches the corpus's documented totals
 * (samples/corpus/PROVENANCE.md).
 */
class DemoCommandIT {
    @TempDir
    Path dir;

    @Test
    void processesTheSampleCorpusAndPrintsItsTotals() throws IOException {
        final Path config = Files.writeString(dir.resolve("demo.properties"), "# defaults only\n");
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = Main.commandLine(Main::standardStages);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        final int status = commandLine.execute("demo", "--exit-when-done", "--http-port", "0",
                "--config", config.toString(), "--data-dir", dir.resolve("kafka").toString());

        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("Published the sample corpus: sent 47 records to news.raw")
                .contains("\nSummary\n")
                .contains("articles in:    47")
                .contains("enriched:       37  (de 6, en 6, es 6, fr 6, ru 7, uk 6)")
                .contains("duplicates:     4  (same_content 2, same_url 2)")
                .contains("dead-lettered:  6  (invalid_json 2, invalid_utf8 1, missing_text 1, wrong_field_type 2)")
                .containsPattern("Top countries \\(mentions in articles\\):\\n    RU +\\d+ in \\d+ articles")
                .contains("Readiness: http://localhost:");
    }
}
