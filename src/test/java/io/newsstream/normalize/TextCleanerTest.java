package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void removesInvisibleCharacters() {
        assertThat(TextCleaner.cleanBody("\uFEFFэкс\u00ADпрезидент\u200B и\u200C\u200D со\u2060юзник\u200E"))
                .isEqualTo("экспрезидент и союзник");
    }

    @Test
    void turnsEverySpaceSeparatorIntoOnePlainSpace() {
        assertThat(TextCleaner.cleanBody("10\u00A0000\u202Fруб.\u2009и\u3000\tещё  \u2003 больше"))
                .isEqualTo("10 000 руб. и ещё больше");
    }

    @Test
    void composesToNfc() {
        // e + combining acute, и + combining breve
        assertThat(TextCleaner.cleanBody("Cafe\u0301 и\u0306")).isEqualTo("Caf\u00e9 \u0439");
    }

    @Test
    void keepsQuotesDashesAndYoAsWritten() {
        final String text = "«Ёлка» — это „Baum“ – 'tree' “ok”";
        assertThat(TextCleaner.cleanBody(text)).isEqualTo(text);
    }

    @Test
    void normalizesCrLfAndSeparatesParagraphsByExactlyOneBlankLine() {
        assertThat(TextCleaner.cleanBody("\r\n  First  line \r\nsecond line\r\n\r\n\r\n \t \r\nNext paragraph\rlast\n\n"))
                .isEqualTo("First line\nsecond line\n\nNext paragraph\nlast");
    }

    @Test
    void turnsUnicodeParagraphSeparatorIntoParagraphBreak() {
        assertThat(TextCleaner.cleanBody("one\u2029two\u2028three")).isEqualTo("one\n\ntwo\nthree");
    }

    @Test
    void dropsControlCharacters() {
        assertThat(TextCleaner.cleanBody("a\u0000b\u0007c")).isEqualTo("abc");
    }

    @Test
    void cleansTitleToOneLine() {
        assertThat(TextCleaner.cleanLine("  Путин\u00A0и\n\nКим \u200Bпоговорили ")).isEqualTo("Путин и Ким поговорили");
        assertThat(TextCleaner.cleanLine(" \u200B ")).isNull();
        assertThat(TextCleaner.cleanLine(null)).isNull();
    }
}
