package io.newsstream.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCanonicalizerTest {

    @Test
    void typographicVariantsGiveTheSameWords() {
        assertThat(TextCanonicalizer.words("«Ёлка» — ЗЕЛЁНАЯ, сказал он."))
                .isEqualTo(TextCanonicalizer.words("\"елка\" - зеленая сказал  он"))
                .containsExactly("елка", "зеленая", "сказал", "он");
    }

    @Test
    void curlyAndStraightApostrophesSplitAlike() {
        assertThat(TextCanonicalizer.words("Europe’s “big” day"))
                .isEqualTo(TextCanonicalizer.words("Europe's \"big\" day"));
    }

    @Test
    void softHyphenDoesNotSplitAWord() {
        assertThat(TextCanonicalizer.words("Bundes\u00ADregierung")).containsExactly("bundesregierung");
    }

    @Test
    void keepsDigitsAndAccentedLetters() {
        assertThat(TextCanonicalizer.words("Él pagó 1 500 €")).containsExactly("él", "pagó", "1", "500");
    }
}
