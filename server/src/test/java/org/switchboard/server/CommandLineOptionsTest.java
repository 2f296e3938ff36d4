package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command line contract of README "Command line", modelled on asterisk -r / -x / -rx. */
class CommandLineOptionsTest {

    static CommandLineOptions parse(String... args) {
        CommandLineOptions options = new CommandLineOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void noOptionsRunsTheServer() {
        CommandLineOptions options = parse();

        assertThat(options.mode()).isEqualTo(CommandLineOptions.Mode.SERVER);
        assertThat(options.configDir()).isEmpty();
        assertThat(options.dataDir()).isEmpty();
        assertThat(options.verbosity()).isZero();
    }

    @Test
    void rxAsOneTokenTakesTheNextArgumentAsTheCommand() {
        CommandLineOptions options = parse("-rx", "core show version");

        assertThat(options.mode()).isEqualTo(CommandLineOptions.Mode.EXECUTE);
        assertThat(options.command()).contains("core show version");
    }

    @Test
    void rAndXApartMeanTheSame() {
        CommandLineOptions options = parse("-r", "-x", "core show uptime seconds");

        assertThat(options.mode()).isEqualTo(CommandLineOptions.Mode.EXECUTE);
        assertThat(options.command()).contains("core show uptime seconds");
    }

    @Test
    void xAloneImpliesR() {
        assertThat(parse("-x", "core show help").mode()).isEqualTo(CommandLineOptions.Mode.EXECUTE);
    }

    @Test
    void rAloneAttachesAConsole() {
        assertThat(parse("-r").mode()).isEqualTo(CommandLineOptions.Mode.CONSOLE);
    }

    @Test
    void repeatedVerboseFlagsCount() {
        assertThat(parse("-vvv").verbosity()).isEqualTo(3);
        assertThat(parse("-v", "-v").verbosity()).isEqualTo(2);
        assertThat(parse("-vrx", "core show help").verbosity()).isEqualTo(1);
    }

    @Test
    void directoriesArePassedThrough() {
        CommandLineOptions options = parse("--config-dir", "/etc/asterisk", "--data-dir=/tmp/sb");

        assertThat(options.configDir()).contains(Path.of("/etc/asterisk"));
        assertThat(options.dataDir()).contains(Path.of("/tmp/sb"));
    }

    @Test
    void aBadCommandLineExitsWithTwoAndShowsTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true),
                (config, data) -> {
                    throw new AssertionError("must not start");
                }, ServerModeTest::noTermination);

        assertThat(main.run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: '--frobnicate'").contains("Usage: switchboard");
        assertThat(main.run("-x")).isEqualTo(2);
    }

    @Test
    void helpIsPrintedAndExitsWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main main = new Main(new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true),
                (config, data) -> {
                    throw new AssertionError("must not start");
                }, ServerModeTest::noTermination);

        assertThat(main.run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--config-dir=DIR").contains("-x=CMD");
    }
}
