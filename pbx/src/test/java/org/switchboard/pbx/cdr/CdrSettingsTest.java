package org.switchboard.pbx.cdr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;

/** cdr.conf as cdr.c reads it. */
class CdrSettingsTest {
    private static Optional<CdrSettings> parse(String text) throws Exception {
        return CdrSettings.parse(new ConfigReader(ConfigReadOptions.in(Path.of("/nonexistent")))
                .parse(Path.of("cdr.conf"), text));
    }

    @Test
    void defaultsAreAsterisks() throws Exception {
        CdrSettings s = parse("[general]\nenable = yes\n").orElseThrow();
        assertThat(s).isEqualTo(CdrSettings.DEFAULTS);
        assertThat(s.endBeforeHExten()).isTrue();
        assertThat(s.unanswered()).isFalse();
        assertThat(s.batchSize()).isEqualTo(100);
        assertThat(s.batchTime()).isEqualTo(300);
    }

    @Test
    void optionsIgnoreCaseAndBooleansAreAstTrue() throws Exception {
        CdrSettings s = parse("[General]\nEnable=maybe\nunanswered=on\nBATCH=y\nsize=10\ntime=60\n"
                + "[csv]\nusegmtime=yes\n").orElseThrow();
        assertThat(s.enabled()).isFalse();
        assertThat(s.unanswered()).isTrue();
        assertThat(s.batch()).isTrue();
        assertThat(s.batchSize()).isEqualTo(10);
        assertThat(s.batchTime()).isEqualTo(60);
    }

    @Test
    void errorsInvalidateTheFile() throws Exception {
        assertThat(parse("[general]\nnosuch=1\n")).isEmpty();
        assertThat(parse("[general]\nsize=1001\n")).isEmpty();
        assertThat(parse("[general]\ntime=0\n")).isEmpty();
        assertThat(parse("[general]\ntime=abc\n")).isEmpty();
        assertThat(parse("[other]\n")).isEmpty();
    }
}
