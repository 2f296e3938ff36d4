package org.switchboard.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.bench.launch.BenchServer;
import org.switchboard.manager.Switchboard;

import picocli.CommandLine;

class CommandsTest {
    private static Switchboard server;
    private static String port;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = Switchboard.builder().configDir(BenchServer.writeBenchConfig(dir)).dataDir(dir.resolve("data"))
                .amiPort(0).start();
        InetSocketAddress a = server.amiAddress().orElseThrow();
        port = Integer.toString(a.getPort());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int run(String... args) {
        CommandLine cl = Commands.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void pingPrintsOneLineOfFigures() {
        int code = run("ping", "--port", port, "--window", "4", "--warmup", "0.1", "--duration", "0.5",
                "--server-pid", Long.toString(ProcessHandle.current().pid()));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("mode=ping window=4 ").contains(" actions_per_s=", " p99_us=", " out_of_order=0 ")
                    .doesNotContain("server_cpu_s=na");
            assertThat(line.split(" ")).allMatch(pair -> pair.matches("[a-z0-9_]+=[^ =]+"));
        });
    }

    @Test
    void fanoutPrintsOneLineOfFigures() {
        int code = run("fanout", "--port", port, "-k", "2", "-w", "10", "--warmup", "0.1", "--duration", "0.5");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).singleElement().asString()
                .startsWith("mode=fanout listeners=2 window=10 ").contains(" lost=0 ", " gaps=0 ", " reordered=0 ", " server_cpu_s=na");
    }

    @Test
    void sessionsPrintsOneLineOfFigures() {
        int code = run("sessions", "--port", port, "-n", "20", "--hold", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("mode=sessions sessions=20 up=20 ");
    }

    @Test
    void limitNeedsNoServer() {
        int code = run("limit", "-k", "2", "--warmup", "0.1", "--duration", "0.3");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("mode=limit clients=2 event_bytes=400 ");
    }

    @Test
    void callsPrintsOneLineOfFigures() {
        int code = run("calls", "--port", port, "--rate", "20", "--duration", "0.5", "--warmup", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("mode=calls rate=20 ")
                .contains(" calls=10 ", " succeeded=10 ", " completed=10 ", " newchannel_per_call=2 ");
    }

    @Test
    void callsToAMissingExtensionReportsTheRejections() {
        int code = run("calls", "--port", port, "--rate", "20", "--duration", "0.5", "--warmup", "0", "--exten", "999");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("mode=calls rate=20 ").contains(" calls=10 ", " rejected=10 ");
    }

    @Test
    void coreCallsPrintsOneLineOfFigures() {
        int code = run("core-calls", "--rate", "100", "--calls", "50", "--warmup-calls", "0");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("mode=core-calls virtual_rate=100 calls=50 completed=50 rejected=0 failed=0 ");
    }

    @Test
    void aRefusedLoginExitsWithOneAndSaysWhy() {
        int code = run("ping", "--port", port, "--secret", "wrong", "--duration", "0.2");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("switchboard-bench ping: login refused: Response: Error");
    }

    @Test
    void aDurationOutOfBoundsIsAUsageError() {
        int code = run("ping", "--port", port, "--duration", "7200");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--duration must be between 0 and 3600 seconds");
    }

    @Test
    void anUnknownHostIsAUsageError() {
        int code = run("ping", "--host", "no-such-host.invalid", "--duration", "0.2");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown host: no-such-host.invalid");
    }

    @Test
    void withoutAModeItPrintsUsage() {
        assertThat(run()).isZero();
        assertThat(out.toString()).contains("limit", "fanout", "ping", "sessions", "calls", "jmh", "jfr-top");
    }
}
