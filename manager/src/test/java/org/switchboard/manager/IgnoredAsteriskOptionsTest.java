package org.switchboard.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;

/** asterisk.conf [options] that Switchboard would silently ignore are named. */
class IgnoredAsteriskOptionsTest {
    private static ConfigFile parse(String text) throws Exception {
        return new ConfigReader(ConfigReadOptions.in(Path.of("/nonexistent"))).parse(Path.of("asterisk.conf"), text);
    }

    @Test
    void optionsThatChangeWhatClientsSeeAreNamedOnce() throws Exception {
        ConfigFile conf = parse("[options]\nverbose = 3\nsystemname = pbx1\nautosystemname = yes\n"
                + "hide_messaging_ami_events = yes\nautosystemname = no\nfrobnicate = 1\n");
        assertThat(IgnoredAsteriskOptions.of(conf)).containsExactly("autosystemname", "hide_messaging_ami_events",
                "frobnicate");
    }

    @Test
    void processAndConsoleOptionsAndTemplatesAreNotWarnedAbout() throws Exception {
        // the bundled asterisk.conf and the captured one: nothing to say
        ConfigFile conf = parse("[options](!)\nentityid = 00:11:22:33:44:55\n"
                + "[options]\nverbose = 3\ndebug = 0\ndocumentation_language = en_US\nnocolor = yes\n"
                + "live_dangerously = no\n");
        assertThat(IgnoredAsteriskOptions.of(conf)).isEmpty();
    }
}
