package io.newsstream.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled sentences of {@value #RESOURCE}, shared by the accuracy test and the measurement. */
final class LanguageSamples {
    static final String RESOURCE = "/normalize/language-sentences.tsv";

    /** One labelled sentence. */
    record Sample(String language, String text) {
    }

    private LanguageSamples() {
    }

    static List<Sample> load() throws IOException {
        try (InputStream in = LanguageSamples.class.getResourceAsStream(RESOURCE)) {
            final List<Sample> samples = new ArrayList<>();
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    final String[] parts = line.split("\t", 2);
                    samples.add(new Sample(parts[0], parts[1].strip()));
                }
            }
            return samples;
        }
    }
}
