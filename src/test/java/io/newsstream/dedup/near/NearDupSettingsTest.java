package io.newsstream.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.config.NewsstreamConfig;
import org.junit.jupiter.api.Test;

class NearDupSettingsTest {

    @Test
    void defaultsFileMatchesTheDocumentedDefaults() {
        final NewsstreamConfig config = NewsstreamConfig.defaults();
        assertThat(NearDupSettings.fromConfig(config)).isEqualTo(NearDupSettings.DEFAULTS);
        assertThat(config.getBoolean("dedup.near.enabled")).isTrue();
    }

    @Test
    void readsOverriddenKeys() {
        final NearDupSettings settings = NearDupSettings.fromConfig(NewsstreamConfig.defaults()
                .with("dedup.near.shingle.size", "4").with("dedup.near.bands", "16"));
        assertThat(settings.shingleSize()).isEqualTo(4);
        assertThat(settings.bands()).isEqualTo(16);
    }
}
