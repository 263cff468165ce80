package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void isHexSha256OfFoldedText() {
        // sha256("abc")
        assertThat(ContentHash.of("  ABC\n")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void ignoresLayoutAndCase() {
        assertThat(ContentHash.of("Путин и Ким\n\nпоговорили по телефону."))
                .isEqualTo(ContentHash.of("ПУТИН  и КИМ поговорили\nпо   телефону."));
    }

    @Test
    void differsForDifferentWords() {
        assertThat(ContentHash.of("Путин и Ким поговорили")).isNotEqualTo(ContentHash.of("Путин и Си поговорили"));
    }
}
