package io.newsstream.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTP://WWW.Example.COM/News/Story | https://example.com/News/Story",
        "https://example.com:443/a | https://example.com/a",
        "http://example.com:80/a | https://example.com/a",
        "https://example.com:8443/a | https://example.com:8443/a",
        "https://example.com/a/#comments | https://example.com/a",
        "https://example.com/a/ | https://example.com/a",
        "https://example.com/ | https://example.com/",
        "https://example.com | https://example.com/",
        "https://user:secret@example.com/a | https://example.com/a",
        "https://example.com./a | https://example.com/a",
        "//example.com/a | https://example.com/a",
    })
    void canonicalizesSchemeHostPortAndPath(final String given, final String expected) {
        assertThat(UrlCanonicalizer.canonicalize(given)).isEqualTo(expected);
    }

    @Test
    void dropsTrackingParametersAndSortsTheRest() {
        assertThat(UrlCanonicalizer.canonicalize("https://example.com/story?utm_source=tw&b=2&UTM_Medium=x&a=1"
                + "&fbclid=abc&gclid=1&yclid=2&mc_cid=3&mc_eid=4&ref=home&ysclid=5&_ga=6#top"))
                .isEqualTo("https://example.com/story?a=1&b=2");
    }

    @Test
    void dropsQueryWhenOnlyTrackingParametersRemain() {
        assertThat(UrlCanonicalizer.canonicalize("https://example.com/story/?utm_campaign=x&&"))
                .isEqualTo("https://example.com/story");
    }

    @Test
    void givesOneFormForEncodedAndUnencodedNonAsciiPaths() {
        final String raw = UrlCanonicalizer.canonicalize("https://example.com/новости/путин и ким");
        final String encoded = UrlCanonicalizer.canonicalize(
                "https://example.com/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8/%D0%BF%D1%83%D1%82%D0%B8%D0%BD%20%D0%B8%20%D0%BA%D0%B8%D0%BC");
        assertThat(raw).isEqualTo(encoded).startsWith("https://example.com/%D0%BD%D0%BE");
    }

    @Test
    void writesInternationalHostsInPunycode() {
        assertThat(UrlCanonicalizer.canonicalize("http://www.Пример.РФ/a")).isEqualTo("https://xn--e1afmkfd.xn--p1ai/a");
    }

    @Test
    void keepsUnparsableUrlTrimmed() {
        assertThat(UrlCanonicalizer.canonicalize("  not a url  ")).isEqualTo("not a url");
        assertThat(UrlCanonicalizer.canonicalize("mailto:desk@example.com")).isEqualTo("mailto:desk@example.com");
        assertThat(UrlCanonicalizer.canonicalize("https://exa mple.com/a")).isEqualTo("https://exa mple.com/a");
        assertThat(UrlCanonicalizer.canonicalize("https://example.com:99999/a")).isEqualTo("https://example.com:99999/a");
        assertThat(UrlCanonicalizer.canonicalize("https:///a")).isEqualTo("https:///a");
    }

    @Test
    void givesNullForMissingUrl() {
        assertThat(UrlCanonicalizer.canonicalize(null)).isNull();
        assertThat(UrlCanonicalizer.canonicalize("  ")).isNull();
    }
}
