package io.newsstream.normalize;

/** Detects the language of a text. Implementations are thread-safe. */
public interface LanguageDetector {
    /** The language the text is undetermined in. */
    String UNDETERMINED = "und";

    /** The ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
    String detect(String text);
}
