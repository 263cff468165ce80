package io.newsstream.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

    @TempDir
    Path dir;

    private final InputReader reader = new InputReader(InputStream.nullInputStream());

    private static byte[] utf8(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(final String name, final byte[] content) throws IOException {
        final Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private static List<InputItem> readAll(final InputReader reader, final String... arguments) {
        try (Stream<InputItem> items = reader.read(List.of(arguments))) {
            return items.toList();
        }
    }

    private static String text(final InputItem item) throws IOException {
        assertThat(item).isInstanceOf(InputRecord.class);
        final JsonNode node = Json.mapper().readTree(((InputRecord) item).value());
        assertThat(node.size()).as("only a text field").isEqualTo(1);
        return node.get("text").asText();
    }

    @Test
    void txtFileBecomesOneTextArticleKeepingTheDateMarker() throws IOException {
        final Path file = write("seed.txt", utf8(" date 2025-08-13 Путин провел разговор.\n"));

        final List<InputItem> items = readAll(reader, file.toString());

        assertThat(items).hasSize(1);
        assertThat(items.get(0).origin()).isEqualTo(file.toString());
        assertThat(text(items.get(0))).isEqualTo(" date 2025-08-13 Путин провел разговор.\n");
    }

    @Test
    void txtFileDropsByteOrderMark() throws IOException {
        final Path file = write("bom.txt", utf8("\uFEFFKyiv"));

        assertThat(text(readAll(reader, file.toString()).get(0))).isEqualTo("Kyiv");
    }

    @Test
    void txtFileWithInvalidUtf8IsRejectedNamingFileAndOffset() throws IOException {
        final Path file = write("latin1.txt", new byte[] {'K', 'y', 'i', 'v', (byte) 0xE9, ' ', 'x'});

        final List<InputItem> items = readAll(reader, file.toString());

        assertThat(items).singleElement().isInstanceOfSatisfying(RejectedInput.class, rejected -> {
            assertThat(rejected.origin()).isEqualTo(file.toString());
            assertThat(rejected.message()).contains("not valid UTF-8").contains("offset 4");
            assertThat(rejected.describe()).startsWith(file + ": ");
        });
    }

    @Test
    void jsonFileIsPublishedByteForByte() throws IOException {
        final byte[] content = utf8("{ \"url\": \"https://example.org/a\",\n  \"text\": \"Berlin\" }\n");
        final Path file = write("a.json", content);

        assertThat(readAll(reader, file.toString()))
                .containsExactly(new InputRecord(file.toString(), content));
    }

    @Test
    void jsonlSplitsOnNewlineBytesKeepsInvalidUtf8LineUnchangedAndSkipsBlankLines() throws IOException {
        final byte[] invalid = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        final ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(utf8("{\"text\":\"один\"}\n"));
        content.writeBytes(utf8("\n   \t\n"));
        content.writeBytes(invalid);
        content.writeBytes(utf8("\r\n{\"text\":\"last, no newline\"}"));
        final Path file = write("batch.jsonl", content.toByteArray());

        final List<InputItem> items = readAll(reader, file.toString());

        assertThat(items).containsExactly(
                new InputRecord(file + ":1", utf8("{\"text\":\"один\"}")),
                new InputRecord(file + ":4", invalid),
                new InputRecord(file + ":5", utf8("{\"text\":\"last, no newline\"}")));
    }

    @Test
    void jsonlLineLongerThanTheReadChunkStaysWhole() throws IOException {
        final byte[] longText = new byte[200_000];
        Arrays.fill(longText, (byte) 'a');
        final String line = "{\"text\":\"" + new String(longText, StandardCharsets.US_ASCII) + "\"}";
        final Path file = write("long.ndjson", utf8(line + "\n{\"text\":\"b\"}\n"));

        final List<InputItem> items = readAll(reader, file.toString());

        assertThat(items).containsExactly(new InputRecord(file + ":1", utf8(line)),
                new InputRecord(file + ":2", utf8("{\"text\":\"b\"}")));
    }

    @Test
    void directoryIsReadRecursivelyInPathOrderSkippingOtherFiles() throws IOException {
        write("b.json", utf8("{\"text\":\"b\"}"));
        write("a/z.txt", utf8("z"));
        write("a/notes.md", utf8("# not an input"));
        write("c/d.jsonl", utf8("{\"text\":\"d1\"}\n{\"text\":\"d2\"}\n"));
        write("README", utf8("no extension"));

        final List<String> origins = readAll(reader, dir.toString()).stream().map(InputItem::origin).toList();

        assertThat(origins).containsExactly(dir.resolve("a/z.txt").toString(), dir.resolve("b.json").toString(),
                dir.resolve("c/d.jsonl") + ":1", dir.resolve("c/d.jsonl") + ":2");
    }

    @Test
    void stdinIsReadAsJsonLines() {
        final InputReader withStdin = new InputReader(new ByteArrayInputStream(utf8("{\"text\":\"x\"}\n\n{\"text\":\"y\"}\n")));

        assertThat(readAll(withStdin, "-")).containsExactly(
                new InputRecord("stdin:1", utf8("{\"text\":\"x\"}")),
                new InputRecord("stdin:3", utf8("{\"text\":\"y\"}")));
    }

    @Test
    void linesAreReadOnlyAsTheStreamIsConsumed() {
        final AtomicLong served = new AtomicLong();
        // an endless stdin: reading it whole would never finish
        final InputStream endless = new InputStream() {
            private final byte[] line = utf8("{\"text\":\"again\"}\n");
            private int index;

            @Override
            public int read() {
                served.incrementAndGet();
                final int b = line[index];
                index = (index + 1) % line.length;
                return b;
            }
        };

        try (Stream<InputItem> items = new InputReader(endless).read(List.of("-"))) {
            assertThat(items.limit(3).map(InputItem::origin).toList()).containsExactly("stdin:1", "stdin:2", "stdin:3");
        }
        assertThat(served.get()).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void missingAndUnsupportedFilesAreRejectedWithAMessageAndReadingGoesOn() throws IOException {
        final Path good = write("good.json", utf8("{\"text\":\"ok\"}"));
        final Path markdown = write("notes.md", utf8("# notes"));
        final String missing = dir.resolve("missing.jsonl").toString();

        final List<InputItem> items = readAll(reader, missing, markdown.toString(), good.toString());

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(new RejectedInput(missing, "no such file or directory"));
        assertThat(items.get(1)).isInstanceOfSatisfying(RejectedInput.class, rejected -> {
            assertThat(rejected.origin()).isEqualTo(markdown.toString());
            assertThat(rejected.message()).startsWith("unsupported file type").contains(".txt", ".json", ".jsonl");
        });
        assertThat(items.get(2)).isEqualTo(new InputRecord(good.toString(), utf8("{\"text\":\"ok\"}")));
    }

    @Test
    void classpathCorpusIsReadInIndexOrderRejectingMissingAndUnsupportedEntries() throws IOException {
        final List<InputItem> items;
        try (Stream<InputItem> stream = reader.readClasspath("input/corpus/index.txt")) {
            items = stream.toList();
        }

        assertThat(items).extracting(InputItem::origin).containsExactly(
                "classpath:input/corpus/one.txt",
                "classpath:input/corpus/nested/two.jsonl:1",
                "classpath:input/corpus/nested/two.jsonl:3",
                "classpath:input/corpus/missing.json",
                "classpath:input/corpus/notes.md");
        assertThat(text(items.get(0))).isEqualTo(" date 2025-08-13 Путин провел телефонный разговор.\n");
        assertThat(items.get(2)).isEqualTo(new InputRecord("classpath:input/corpus/nested/two.jsonl:3",
                utf8("{\"text\":\"Scholz spoke in Berlin.\"}")));
        assertThat(items.get(3)).isEqualTo(new RejectedInput("classpath:input/corpus/missing.json", "cannot read: no such file or directory"));
        assertThat(items.get(4)).isInstanceOf(RejectedInput.class);
    }

    @Test
    void classpathArgumentReadsTheIndexItNames() {
        assertThat(readAll(reader, "classpath:input/corpus/index.txt")).extracting(InputItem::origin)
                .startsWith("classpath:input/corpus/one.txt", "classpath:input/corpus/nested/two.jsonl:1");
    }

    @Test
    void missingClasspathIndexIsOneRejection() {
        try (Stream<InputItem> stream = reader.readClasspath("/input/absent/index.txt")) {
            assertThat(stream.toList()).containsExactly(
                    new RejectedInput("classpath:input/absent/index.txt", "not on the classpath"));
        }
    }
}
