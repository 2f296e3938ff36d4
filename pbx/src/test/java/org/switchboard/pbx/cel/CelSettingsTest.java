package org.switchboard.pbx.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;

/** cel.conf as cel.c reads it. */
class CelSettingsTest {
    private static Optional<CelSettings> parse(String text) throws Exception {
        return CelSettings.parse(new ConfigReader(ConfigReadOptions.in(Path.of("/nonexistent")))
                .parse(Path.of("cel.conf"), text));
    }

    @Test
    void theCapturesConfiguration() throws Exception {
        CelSettings s = parse("[general]\nenable = yes\napps = all\nevents = ALL\n\n[manager]\nenabled = yes\n")
                .orElseThrow();
        assertThat(s.enabled()).isTrue();
        assertThat(s.events()).isEqualTo(-1L);
        assertThat(s.apps()).containsExactly("all");
        assertThat(s.tracksApp("Dial")).isFalse();
        assertThat(s.tracksApp("ALL")).isTrue();
    }

    @Test
    void eventNamesIgnoreCaseAndAddUp() throws Exception {
        CelSettings s = parse("[general]\nenable=yes\nevents=chan_start, Hangup\nevents=LINKEDID_END\n").orElseThrow();
        assertThat(s.tracks(CelEventType.CHANNEL_START)).isTrue();
        assertThat(s.tracks(CelEventType.HANGUP)).isTrue();
        assertThat(s.tracks(CelEventType.LINKEDID_END)).isTrue();
        assertThat(s.tracks(CelEventType.ANSWER)).isFalse();
    }

    @Test
    void defaultsAreOff() throws Exception {
        CelSettings s = parse("[general]\n").orElseThrow();
        assertThat(s.enabled()).isFalse();
        assertThat(s.events()).isZero();
        assertThat(s.dateFormat()).isEmpty();
    }

    @Test
    void errorsInvalidateTheFile() throws Exception {
        assertThat(parse("[general]\nevents=NOSUCH\n")).isEmpty();
        assertThat(parse("[general]\nbogus=1\n")).isEmpty();
        assertThat(parse("[other]\nenable=yes\n")).isEmpty();
        // applications listed without APP_START or APP_END
        assertThat(parse("[general]\napps=dial\nevents=HANGUP\n")).isEmpty();
        assertThat(parse("[general]\napps=dial\nevents=APP_END\n")).isPresent();
        assertThat(parse("[radius]\nfoo=bar\n[manager]\nenabled=yes\n")).isPresent();
    }
}
