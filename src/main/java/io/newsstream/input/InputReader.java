package io.newsstream.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.json.Json;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads article inputs: files, directories (recursively, files in path order), {@code -} for stdin,
 * and the demo corpus on the classpath. Knows nothing about Kafka.
 *
 * <ul>
 *   <li>{@code .txt}: one article; the UTF-8 text (leading byte-order mark dropped) becomes
 *       {@code {"text": ...}}. A file that is not valid UTF-8 is rejected: it cannot be wrapped in JSON
 *       without decoding.</li>
 *   <li>{@code .json}: one article, the file's bytes as they are.</li>
 *   <li>{@code .jsonl} / {@code .ndjson} and stdin: one article per line, split on {@code '\n'} bytes and
 *       never decoded, so a line that is not UTF-8 reaches the processor, and its dead-letter topic,
 *       unchanged. Blank lines are skipped; the origin is {@code path:LINE}.</li>
 *   <li>Other files inside a directory are skipped (debug log); named on the command line they are
 *       rejected.</li>
 *   <li>{@code classpath:INDEX}: the files a bundled index lists, such as the demo corpus
 *       {@code classpath:samples/corpus/index.txt}.</li>
 * </ul>
 *
 * Streams are lazy: a .jsonl file is read a chunk at a time while the stream is consumed, so a file of
 * any size fits. Close the returned stream (try-with-resources) to release the open file.
 */
public final class InputReader {
    /** The argument that means standard input. */
    public static final String STDIN = "-";
    public static final String STDIN_ORIGIN = "stdin";
    public static final String CLASSPATH_ORIGIN_PREFIX = "classpath:";

    private static final Logger log = LoggerFactory.getLogger(InputReader.class);

    /** Opens one input; a functional seam so files and classpath resources are read the same way. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    private final InputStream stdin;

    /** A reader whose {@code -} is this process's standard input. */
    public InputReader() {
        this(System.in);
    }

    /** A reader whose {@code -} is {@code stdin}; the reader never closes it. */
    public InputReader(final InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Every input named by {@code arguments}, in argument order: paths, directories, {@code -}, and
     * {@code classpath:INDEX} for a corpus index bundled in the jar ({@link #readClasspath}).
     */
    public Stream<InputItem> read(final List<String> arguments) {
        return arguments.stream().flatMap(this::readArgument);
    }

    /**
     * The inputs listed by a classpath index resource such as {@code samples/corpus/index.txt}: one path
     * per line relative to the index's folder, {@code #} starts a comment. Origins are
     * {@code classpath:RESOURCE}; a listed resource that is missing or of an unknown type is rejected.
     */
    public Stream<InputItem> readClasspath(final String indexResource) {
        final String index = indexResource.startsWith("/") ? indexResource.substring(1) : indexResource;
        final List<String> entries;
        try {
            entries = readIndex(index);
        } catch (final NoSuchFileException e) {
            return Stream.of(new RejectedInput(CLASSPATH_ORIGIN_PREFIX + index, "not on the classpath"));
        } catch (final IOException e) {
            return Stream.of(new RejectedInput(CLASSPATH_ORIGIN_PREFIX + index, "cannot read: " + e.getMessage()));
        }
        final int slash = index.lastIndexOf('/');
        final String folder = slash < 0 ? "" : index.substring(0, slash + 1);
        return entries.stream().flatMap(entry -> {
            final String resource = folder + entry;
            final String origin = CLASSPATH_ORIGIN_PREFIX + resource;
            final Optional<InputFormat> format = InputFormat.forFileName(resource);
            if (format.isEmpty()) {
                return Stream.of(unsupported(origin));
            }
            return readSource(origin, format.get(), () -> openResource(resource));
        });
    }

    private static List<String> readIndex(final String index) throws IOException {
        try (InputStream in = openResource(index);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            final List<String> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                final int hash = line.indexOf('#');
                final String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
            return entries;
        }
    }

    private static InputStream openResource(final String resource) throws IOException {
        final InputStream in = InputReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new NoSuchFileException(resource);
        }
        return in;
    }

    private Stream<InputItem> readArgument(final String argument) {
        if (argument.startsWith(CLASSPATH_ORIGIN_PREFIX)) {
            return readClasspath(argument.substring(CLASSPATH_ORIGIN_PREFIX.length()));
        }
        if (STDIN.equals(argument)) {
            // the caller owns stdin: closing the stream must not close it
            return jsonlLines(STDIN_ORIGIN, new FilterInputStream(stdin) {
                @Override
                public void close() {
                }
            });
        }
        final Path path;
        try {
            path = Path.of(argument);
        } catch (final InvalidPathException e) {
            return Stream.of(new RejectedInput(argument, "not a valid path: " + e.getReason()));
        }
        if (Files.isDirectory(path)) {
            return readDirectory(path);
        }
        if (!Files.exists(path)) {
            return Stream.of(new RejectedInput(argument, "no such file or directory"));
        }
        if (!Files.isRegularFile(path)) {
            return Stream.of(new RejectedInput(argument, "not a regular file"));
        }
        final Optional<InputFormat> format = InputFormat.forFileName(path.getFileName().toString());
        if (format.isEmpty()) {
            return Stream.of(unsupported(argument));
        }
        return readSource(argument, format.get(), () -> Files.newInputStream(path));
    }

    private Stream<InputItem> readDirectory(final Path directory) {
        final List<Path> files = new ArrayList<>();
        final List<InputItem> unreadable = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(final Path file, final BasicFileAttributes attributes) {
                    if (!attributes.isRegularFile() && !Files.isRegularFile(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (InputFormat.forFileName(file.getFileName().toString()).isPresent()) {
                        files.add(file);
                    } else {
                        log.debug("Skipping {}: not one of {}", file, InputFormat.SUPPORTED);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(final Path file, final IOException e) {
                    unreadable.add(new RejectedInput(file.toString(), "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (final IOException e) {
            return Stream.of(new RejectedInput(directory.toString(), "cannot list directory: " + describe(e)));
        }
        if (files.isEmpty() && unreadable.isEmpty()) {
            log.warn("{} holds no {} files", directory, InputFormat.SUPPORTED);
        }
        files.sort(null);
        final Stream<InputItem> read = files.stream().flatMap(file -> readSource(file.toString(),
                InputFormat.forFileName(file.getFileName().toString()).orElseThrow(),
                () -> Files.newInputStream(file)));
        return Stream.concat(read, unreadable.stream());
    }

    private static Stream<InputItem> readSource(final String origin, final InputFormat format, final Opener opener) {
        final InputStream in;
        try {
            in = opener.open();
        } catch (final IOException e) {
            return Stream.of(new RejectedInput(origin, "cannot read: " + describe(e)));
        }
        if (format == InputFormat.JSONL) {
            return jsonlLines(origin, in);
        }
        final byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (final IOException e) {
            return Stream.of(new RejectedInput(origin, "cannot read: " + describe(e)));
        }
        if (format == InputFormat.JSON) {
            return Stream.of(new InputRecord(origin, bytes));
        }
        return Stream.of(textArticle(origin, bytes));
    }

    /** A .txt file's bytes as the value {@code {"text": ...}}, or a rejection when they are not UTF-8. */
    static InputItem textArticle(final String origin, final byte[] bytes) {
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        final ByteBuffer in = ByteBuffer.wrap(bytes);
        final CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new RejectedInput(origin, "not valid UTF-8 (bad byte at offset " + in.position()
                    + "); save the file as UTF-8 or publish it as a .jsonl line to dead-letter it with its raw bytes");
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return new InputRecord(origin, Json.mapper().writeValueAsBytes(Map.of("text", text)));
        } catch (final JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + origin + " as JSON", e);
        }
    }

    private static Stream<InputItem> jsonlLines(final String origin, final InputStream in) {
        final ByteLines lines = new ByteLines(in, origin);
        final Stream<ByteLines.Line> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL), false);
        return stream.<InputItem>map(line -> new InputRecord(origin + ":" + line.number(), line.bytes()))
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (final IOException e) {
                        throw new UncheckedIOException(origin + ": close failed", e);
                    }
                });
    }

    private static RejectedInput unsupported(final String origin) {
        return new RejectedInput(origin, "unsupported file type; newsstream reads " + InputFormat.SUPPORTED);
    }

    private static String describe(final IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
