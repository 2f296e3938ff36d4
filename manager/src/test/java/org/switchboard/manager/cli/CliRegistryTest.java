package org.switchboard.manager.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Lookup and execution as cli.c ast_cli_command_full, find_cli and find_best do them. */
class CliRegistryTest {
    private final CliRegistry registry = new CliRegistry();

    @Test
    void runsTheHandlerAndReturnsItsOutput() {
        FakeCommand version = FakeCommand.named("core show version");
        registry.register(version);

        CliOutcome outcome = registry.execute("core show version");

        assertThat(outcome).isEqualTo(new CliOutcome("ran core show version\n", true));
        assertThat(version.lastInvocation().words()).containsExactly("core", "show", "version");
        assertThat(version.lastInvocation().arguments()).isEmpty();
    }

    @Test
    void wordsMatchWithoutCaseAndKeepTheirTypedCase() {
        FakeCommand version = FakeCommand.named("core show version");
        registry.register(version);

        assertThat(registry.execute("CORE Show VERSION").success()).isTrue();
        assertThat(version.lastInvocation().words()).containsExactly("CORE", "Show", "VERSION");
    }

    @Test
    void extraWordsBecomeArguments() {
        FakeCommand user = FakeCommand.named("manager show user");
        registry.register(user);

        registry.execute("manager show user admin \"two words\"");

        assertThat(user.lastInvocation().arguments()).containsExactly("admin", "two words");
        assertThat(user.lastInvocation().words()).hasSize(5);
    }

    @Test
    void theEntryConsumingTheMostWordsWins() {
        FakeCommand shorter = FakeCommand.named("queue show");
        FakeCommand longer = FakeCommand.named("queue show rules");
        registry.register(shorter);
        registry.register(longer);

        assertThat(registry.execute("queue show rules r1").output()).isEqualTo("ran queue show rules\n");
        assertThat(longer.lastInvocation().arguments()).containsExactly("r1");
        assertThat(registry.execute("queue show support").output()).isEqualTo("ran queue show\n");
        assertThat(shorter.lastInvocation().arguments()).containsExactly("support");
    }

    @Test
    void aRequiredChoiceAcceptsOnlyItsWords() {
        registry.register(FakeCommand.named("manager set debug {on|off}"));

        assertThat(registry.execute("manager set debug OFF").success()).isTrue();
        assertThat(registry.execute("manager set debug on").success()).isTrue();
        assertThat(registry.execute("manager set debug maybe").success()).isFalse();
        assertThat(registry.execute("manager set debug").success()).isFalse();
    }

    @Test
    void aTrailingOptionalWordMayBeLeftOut() {
        FakeCommand uptime = FakeCommand.named("core show uptime [seconds]");
        registry.register(uptime);

        assertThat(registry.execute("core show uptime").success()).isTrue();
        assertThat(registry.execute("core show uptime seconds").success()).isTrue();
        assertThat(uptime.lastInvocation().arguments()).isEmpty();
        registry.execute("core show uptime minutes");
        assertThat(uptime.lastInvocation().arguments()).containsExactly("minutes");
    }

    @Test
    void anOptionalWordInsideTheEntryMustBeTyped() {
        registry.register(FakeCommand.named("dialplan [add|remove] thing"));

        assertThat(registry.execute("dialplan add thing").success()).isTrue();
        assertThat(registry.execute("dialplan thing").output()).startsWith("No such command 'dialplan thing'");
    }

    @Test
    void anEmptyQuotedWordEndsTheLookupButStaysAnArgument() {
        FakeCommand put = FakeCommand.named("database put");
        registry.register(put);

        assertThat(registry.execute("database \"\"").success()).isFalse();
        registry.execute("database put \"\" key");
        assertThat(put.lastInvocation().arguments()).containsExactly("", "key");
    }

    @Test
    void unknownCommandPointsAtTheWordsUpToTheFirstThatLeadsNowhere() {
        registry.register(FakeCommand.named("core show version"));

        CliOutcome outcome = registry.execute("core shw version");

        assertThat(outcome).isEqualTo(new CliOutcome(
                "No such command 'core shw version' (type 'core show help core' for other possible commands)\n", false));
    }

    @Test
    void unknownCommandEchoesTheLineAsTyped() {
        assertThat(registry.execute("  Foo   bar").output()).isEqualTo(
                "No such command '  Foo   bar' (type 'core show help Foo' for other possible commands)\n");
    }

    @Test
    void bestTopicKeepsWordsWhileSomeEntryDiffersOnlyInItsLastWord() {
        // find_best asks find_cli for an entry whose last word is the only mismatch
        registry.register(FakeCommand.named("quux"));
        registry.register(FakeCommand.named("core reload"));

        assertThat(registry.execute("core show helpx").output()).isEqualTo(
                "No such command 'core show helpx' (type 'core show help core show helpx' for other possible commands)\n");
    }

    @Test
    void showUsagePrintsTheUsageAfterTheOutputAndFails() {
        registry.register(FakeCommand.answering("sip show peer", inv -> {
            inv.print("partial\n");
            return CliResult.SHOWUSAGE;
        }).withUsage("Usage: sip show peer <name>\n"));

        assertThat(registry.execute("sip show peer"))
                .isEqualTo(new CliOutcome("partial\nUsage: sip show peer <name>\n", false));
    }

    @Test
    void showUsageWithoutUsageTextSaysSo() {
        registry.register(FakeCommand.answering("bare", inv -> CliResult.SHOWUSAGE).withUsage(""));

        assertThat(registry.execute("bare"))
                .isEqualTo(new CliOutcome("Invalid usage, but no usage information available.\n", false));
    }

    @Test
    void failurePrintsTheCommandFailedLine() {
        registry.register(FakeCommand.answering("module load", inv -> CliResult.FAILURE));

        assertThat(registry.execute("module load  x"))
                .isEqualTo(new CliOutcome("Command 'module load  x' failed.\n", false));
    }

    @Test
    void aThrowingHandlerFailsWithoutAStackTraceInTheOutput() {
        registry.register(FakeCommand.answering("boom", inv -> {
            inv.print("before\n");
            throw new IllegalStateException("kaput");
        }));

        CliOutcome outcome = registry.execute("boom");

        assertThat(outcome).isEqualTo(new CliOutcome("before\nCommand 'boom' failed.\n", false));
        assertThat(registry.execute("core show help boom").success()).isTrue();
    }

    @Test
    void aHandlerReturningNothingFails() {
        registry.register(FakeCommand.answering("nothing", inv -> null));

        assertThat(registry.execute("nothing")).isEqualTo(new CliOutcome("Command 'nothing' failed.\n", false));
    }

    @Test
    void anEmptyLineDoesNothingAndFails() {
        assertThat(registry.execute("")).isEqualTo(new CliOutcome("", false));
        assertThat(registry.execute("  \t ")).isEqualTo(new CliOutcome("", false));
    }

    @Test
    void registeringTheSameWordsTwiceIsRefused() {
        registry.register(FakeCommand.named("core show uptime [seconds]"));

        assertThatThrownBy(() -> registry.register(FakeCommand.named("CORE show uptime")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already registered");
        assertThatThrownBy(() -> registry.register(FakeCommand.named("   ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void registeringTheSameInstanceTwiceIsHarmless() {
        FakeCommand command = FakeCommand.named("x y");
        registry.register(command);
        registry.register(command);

        assertThat(registry.commands()).containsOnlyOnce(command);
    }

    @Test
    void unregisteredCommandsAreGone() {
        FakeCommand command = FakeCommand.named("x y");
        registry.register(command);

        assertThat(registry.unregister(command)).isTrue();
        assertThat(registry.unregister(command)).isFalse();
        assertThat(registry.execute("x y").success()).isFalse();
    }

    @Test
    void entriesAreKeptInAsterisksListOrder() {
        // __ast_cli_register compares only up to the shorter literal prefix, so an entry that
        // extends an existing one lands after it whatever its letters
        FakeCommand coreShow = FakeCommand.named("core show");
        FakeCommand abc = FakeCommand.named("abc");
        FakeCommand zeta = FakeCommand.named("Zeta");
        FakeCommand choice = FakeCommand.named("core set {on|off}");
        registry.register(coreShow);
        registry.register(zeta);
        registry.register(abc);
        registry.register(choice);

        assertThat(registry.commands()).extracting(CliCommand::command)
                .containsExactly("abc", "core set {on|off}", "core show help", "core show", "Zeta");
    }

    @Test
    void registrationAndExecutionMayRunConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                work.add(pool.submit(() -> registry.register(FakeCommand.named("test command" + n))));
                work.add(pool.submit(() -> assertThat(registry.execute("core show help").success()).isTrue()));
            }
            for (Future<?> f : work) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.commands()).hasSize(201);
        for (int i = 0; i < 200; i++) {
            assertThat(registry.execute("test command" + i).output()).isEqualTo("ran test command" + i + "\n");
        }
    }
}
