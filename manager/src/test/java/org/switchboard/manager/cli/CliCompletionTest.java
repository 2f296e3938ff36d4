package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expectations from cli.c __ast_cli_generator and ast_cli_completion_vector. */
class CliCompletionTest {
    private final CliRegistry registry = new CliRegistry();
    private final FakeCommand showUser = FakeCommand.named("manager show user").completingWith("admin", "alice", "bob");

    @BeforeEach
    void registerCommands() {
        registry.register(FakeCommand.named("core show version"));
        registry.register(FakeCommand.named("core show uptime [seconds]"));
        registry.register(FakeCommand.named("core set debug {on|off|atleast}"));
        registry.register(FakeCommand.named("manager show settings"));
        registry.register(showUser);
        registry.register(FakeCommand.named("_internal thing"));
    }

    @Test
    void anEmptyLineOffersEveryFirstWordOnce() {
        assertThat(registry.complete("")).containsExactly("core", "manager");
    }

    @Test
    void aPartialWordIsCompletedWithoutCase() {
        assertThat(registry.complete("CO")).containsExactly("core");
        assertThat(registry.complete("core sh")).containsExactly("show");
        assertThat(registry.complete("core show ")).containsExactly("help", "uptime", "version");
        assertThat(registry.complete("core show U")).containsExactly("uptime");
    }

    @Test
    void choicesAreOfferedOneByOne() {
        assertThat(registry.complete("core set debug ")).containsExactly("atleast", "off", "on");
        assertThat(registry.complete("core set debug o")).containsExactly("off", "on");
        assertThat(registry.complete("core show uptime ")).containsExactly("seconds");
    }

    @Test
    void nothingIsOfferedAfterAMismatch() {
        assertThat(registry.complete("core shw ")).isEmpty();
        assertThat(registry.complete("zzz")).isEmpty();
    }

    @Test
    void theCommandCompletesItsOwnArguments() {
        assertThat(registry.complete("manager show user a")).containsExactly("admin", "alice");
        assertThat(showUser.completedPositions).containsExactly(3);
        assertThat(registry.complete("manager show user ")).containsExactly("admin", "alice", "bob");
        assertThat(registry.complete("manager show user admin ")).containsExactly("admin", "alice", "bob");
        assertThat(showUser.completedPositions).containsExactly(3, 3, 4);
    }

    @Test
    void blanksBetweenWordsDoNotMatter() {
        assertThat(registry.complete("core   show\tv")).containsExactly("version");
    }

    @Test
    void theHelpTopicCompletesLikeACommandLine() {
        assertThat(registry.complete("core show help ")).containsExactly("core", "manager");
        assertThat(registry.complete("core show help core show v")).containsExactly("version");
        assertThat(registry.complete("core show help manager show user a")).containsExactly("admin", "alice");
    }

    @Test
    void hiddenCommandsAreNotOffered() {
        assertThat(registry.complete("_")).isEmpty();
    }

    @Test
    void duplicatesDifferingOnlyInCaseAreOfferedOnce() {
        registry.register(FakeCommand.named("Core reload"));

        // the sort is stable, so the spelling of the entry earliest in list order stays
        assertThat(registry.complete("c")).containsExactly("Core");
    }
}
