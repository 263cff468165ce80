package io.newsstream.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognizes boilerplate lines (photo credits, "read also" cross-links, advertising labels) from the
 * patterns in {@value #RESOURCE}. Only a whole, short line is ever matched. Immutable and thread-safe.
 */
public final class Boilerplate {
    public static final String RESOURCE = "/normalize/boilerplate-lines.txt";
    /** Longer lines are article text, whatever they start with. */
    public static final int MAX_LINE_LENGTH = 160;

    private static final Boilerplate STANDARD = load(RESOURCE);

    private final List<Pattern> patterns;

    private Boilerplate(final List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The patterns shipped in {@value #RESOURCE}, loaded once. */
    public static Boilerplate standard() {
        return STANDARD;
    }

    /** Patterns from a classpath resource: one regex per line, {@code #} comments and blank lines ignored. */
    static Boilerplate load(final String resource) {
        try (InputStream in = Boilerplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("boilerplate patterns " + resource + " missing from the classpath");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            final List<Pattern> patterns = new ArrayList<>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                final String regex = line.strip();
                if (regex.isEmpty() || regex.startsWith("#")) {
                    continue;
                }
                try {
                    patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                            | Pattern.UNICODE_CHARACTER_CLASS));
                } catch (final PatternSyntaxException e) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": bad pattern: "
                            + e.getDescription(), e);
                }
            }
            return new Boilerplate(patterns);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a cleaned line (see {@link TextCleaner#lines}) is boilerplate as a whole. */
    public boolean isBoilerplate(final String line) {
        if (line.isEmpty() || line.length() > MAX_LINE_LENGTH) {
            return false;
        }
        for (final Pattern pattern : patterns) {
            if (pattern.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return patterns.size();
    }
}
