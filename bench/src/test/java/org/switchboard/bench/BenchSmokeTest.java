package org.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.bench.cli.Commands;
import org.switchboard.bench.launch.BenchServer;
import org.switchboard.manager.Switchboard;

import picocli.CommandLine;

/**
 * Every mode of {@code switchboard-bench}, briefly, against a Switchboard with the bench
 * configuration in this JVM: the command lines work end to end and each prints its figures
 * (logged here, so a CI log shows them). Nothing is asserted about speed: the figures of a
 * one-second run on a shared CI machine mean little; docs/performance.md has the real ones.
 */
class BenchSmokeTest {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.bench.smoke");
    private static Switchboard server;
    private static String port;
    private static String pid;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = Switchboard.builder().configDir(BenchServer.writeBenchConfig(dir)).dataDir(dir.resolve("data"))
                .amiPort(0).start();
        port = Integer.toString(server.amiAddress().orElseThrow().getPort());
        pid = Long.toString(ProcessHandle.current().pid());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Runs one command line, logs its figures line and returns it. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Commands.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertThat(code).as("%s: %s", String.join(" ", args), err).isZero();
        String line = out.toString().strip();
        log.info("{}", line);
        assertThat(line.lines()).hasSize(1);
        return line;
    }

    private static String[] against(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--port", port, "--server-pid", pid));
        return all.toArray(new String[0]);
    }

    @Test
    void limit() {
        assertThat(run("limit", "-k", "10", "--warmup", "0.5", "--duration", "1")).startsWith("mode=limit ");
    }

    @Test
    void ping() {
        assertThat(run(against("ping", "-w", "1", "--warmup", "0.5", "--duration", "1")))
                .contains(" errors=0 ", " out_of_order=0 ");
        assertThat(run(against("ping", "-w", "100", "--warmup", "0.5", "--duration", "1")))
                .contains(" errors=0 ", " out_of_order=0 ");
    }

    @Test
    void fanout() {
        for (String k : List.of("1", "10", "100")) {
            assertThat(run(against("fanout", "-k", k, "-w", "200", "--warmup", "0.5", "--duration", "1")))
                    .contains(" lost=0 ", " gaps=0 ", " reordered=0 ");
        }
    }

    @Test
    void sessions() {
        assertThat(run(against("sessions", "-n", "1000", "--hold", "1"))).contains(" up=1000 ");
    }

    @Test
    void calls() {
        // Local/100@default: Answer, Wait(1), Hangup, CDR and CEL on; the calls end a second after the last
        assertThat(run(against("calls", "--rate", "200", "--duration", "1", "--warmup", "0.5"))).contains(" succeeded=200 ",
                " completed=200 ", " drained=yes ");
    }

    @Test
    void coreCalls() {
        assertThat(run("core-calls", "--rate", "1000", "--calls", "3000", "--warmup-calls", "1000"))
                .contains(" calls=3000 completed=3000 rejected=0 failed=0 ");
    }
}
