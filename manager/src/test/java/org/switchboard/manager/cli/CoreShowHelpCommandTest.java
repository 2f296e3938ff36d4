package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expectations from cli.c handle_help and help1 ("%-30s -- %s\n"). */
class CoreShowHelpCommandTest {
    private final CliRegistry registry = new CliRegistry();

    @BeforeEach
    void registerCommands() {
        registry.register(FakeCommand.named("core show version").withSummary("Display version info"));
        registry.register(FakeCommand.named("core show uptime [seconds]").withSummary("Show uptime information")
                .withUsage("Usage: core show uptime [seconds]\n       Shows Asterisk uptime information.\n"));
        registry.register(FakeCommand.named("manager show settings").withSummary(""));
        registry.register(FakeCommand.named("_hidden internal").withSummary("never listed"));
    }

    @Test
    void listsEveryVisibleCommandInPaddedColumns() {
        CliOutcome outcome = registry.execute("core show help");

        assertThat(outcome).isEqualTo(new CliOutcome(
                "core show help                 -- Display help list, or specific help on a command\n"
                        + "core show uptime [seconds]     -- Show uptime information\n"
                        + "core show version              -- Display version info\n"
                        + "manager show settings          -- <no description available>\n",
                true));
    }

    @Test
    void longCommandsPushTheSummaryRight() {
        registry.register(FakeCommand.named("a very long command name that is wider than thirty").withSummary("S"));

        assertThat(registry.execute("core show help a").output())
                .isEqualTo("a very long command name that is wider than thirty -- S\n");
    }

    @Test
    void aTopicNamingACommandShowsItsUsage() {
        assertThat(registry.execute("core show help core show uptime")).isEqualTo(new CliOutcome(
                "Usage: core show uptime [seconds]\n       Shows Asterisk uptime information.\n", true));
        assertThat(registry.execute("core show help CORE SHOW UPTIME seconds").output())
                .startsWith("Usage: core show uptime");
    }

    @Test
    void aTopicNamingACommandWithoutUsageSaysSo() {
        registry.register(FakeCommand.named("bare command").withUsage(null));

        assertThat(registry.execute("core show help bare command").output())
                .isEqualTo("No help text available for 'bare command'.\n");
    }

    @Test
    void aPartialTopicListsTheCommandsStartingWithIt() {
        assertThat(registry.execute("core show help Core show u")).isEqualTo(new CliOutcome(
                "core show uptime [seconds]     -- Show uptime information\n", true));
    }

    @Test
    void anUnknownTopicIsReportedAndStillSucceeds() {
        assertThat(registry.execute("core show help frobnicate now"))
                .isEqualTo(new CliOutcome("No such command 'frobnicate now'.\n", true));
    }

    @Test
    void hiddenCommandsStillRun() {
        assertThat(registry.execute("_hidden internal").success()).isTrue();
        assertThat(registry.execute("core show help _hidden").output()).isEqualTo("No such command '_hidden'.\n");
    }
}
