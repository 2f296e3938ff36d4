package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expectations from asterisk.c handle_version and asterisk-java's AsteriskVersion patterns. */
class CoreShowVersionCommandTest {
    private final CliRegistry registry = new CliRegistry();

    @Test
    void printsAsterisksVersionLineWithSwitchboardsBuild() {
        registry.register(new CoreShowVersionCommand(
                new BuildInfo("switchboard", "pbx1", "amd64", "Linux", "2025-06-01 10:20:30 UTC")));

        assertThat(registry.execute("core show version")).isEqualTo(new CliOutcome(
                "Asterisk 22.10.1 built by switchboard @ pbx1 on a amd64 running Linux on 2025-06-01 10:20:30 UTC\n", true));
    }

    @Test
    void theCurrentBuildIsRecognisedAsAsterisk22ByAsteriskJava() {
        registry.register(new CoreShowVersionCommand(BuildInfo.current()));

        String line = registry.execute("core show version").output();

        // asterisk-java AsteriskVersion: VERSION_PATTERN_22, applied to the first output line
        assertThat(line.strip()).matches("^\\s*Asterisk (GIT-)?22[-. ].*");
        assertThat(line).startsWith("Asterisk 22.10.1 built by switchboard @ ")
                .contains(" on a " + System.getProperty("os.arch") + " running " + System.getProperty("os.name") + " on ");
    }

    @Test
    void extraWordsShowTheUsage() {
        registry.register(new CoreShowVersionCommand(BuildInfo.current()));

        assertThat(registry.execute("core show version now")).isEqualTo(new CliOutcome(
                "Usage: core show version\n       Shows Asterisk version information.\n", false));
    }
}
