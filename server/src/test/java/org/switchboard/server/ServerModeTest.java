package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.cli.CliRegistry;
import org.switchboard.manager.cli.CliResult;
import org.slf4j.LoggerFactory;
import org.switchboard.server.control.ControlClient;
import org.switchboard.server.control.ControlServer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/** The foreground server's wiring, with a stand-in for the real Switchboard. */
class ServerModeTest {
    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Path> startedWithConfig = new CopyOnWriteArrayList<>();
    private final List<Optional<Path>> startedWithData = new CopyOnWriteArrayList<>();
    private final AtomicInteger closed = new AtomicInteger();
    private final List<Runnable> exitHooks = new CopyOnWriteArrayList<>();

    private final class LatchTermination implements Termination {
        final CountDownLatch stop = new CountDownLatch(1);

        @Override
        public void await() throws InterruptedException {
            stop.await();
        }

        @Override
        public void atExit(Runnable cleanup) {
            exitHooks.add(cleanup);
        }
    }

    private RunningServer.Starter fakeStarter(Optional<InetSocketAddress> ami) {
        return (configDir, data) -> {
            startedWithConfig.add(configDir);
            startedWithData.add(data);
            CliRegistry cli = new CliRegistry();
            cli.register(new FakeCommand("fake status", inv -> {
                inv.print("all good\n");
                return CliResult.SUCCESS;
            }));
            Path runDir = data.orElseThrow().resolve("run");
            return new RunningServer() {
                @Override
                public CliRegistry cli() {
                    return cli;
                }

                @Override
                public Path runDir() {
                    return runDir;
                }

                @Override
                public Optional<InetSocketAddress> amiAddress() {
                    return ami;
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        };
    }

    private CompletableFuture<Integer> runInBackground(LatchTermination termination, Optional<InetSocketAddress> ami,
                                                       String... args) {
        ServerMode mode = new ServerMode(fakeStarter(ami), termination, new PrintStream(out, true));
        CommandLineOptions options = CommandLineOptionsTest.parse(args);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return mode.run(options);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void bundledConfigurationServesRxUntilStoppedThenCleansUp() throws Exception {
        LatchTermination termination = new LatchTermination();
        Path socket = dataDir.resolve("run").resolve(ControlServer.SOCKET_NAME);

        CompletableFuture<Integer> exit = runInBackground(termination,
                Optional.of(new InetSocketAddress("127.0.0.1", 5038)), "--data-dir", dataDir.toString());

        await().until(() -> out.toString(StandardCharsets.UTF_8).contains("AMI ready"));
        String secret = secretIn(dataDir.resolve("etc").resolve("manager.conf"));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("AMI ready on 127.0.0.1:5038 - user 'admin', secret '" + secret + "'\n");
        assertThat(startedWithConfig).containsExactly(dataDir.resolve("etc"));
        assertThat(startedWithData).containsExactly(Optional.of(dataDir));

        ByteArrayOutputStream rxOut = new ByteArrayOutputStream();
        Main client = new Main(new PrintStream(rxOut, true), new PrintStream(new ByteArrayOutputStream(), true),
                (c, d) -> {
                    throw new AssertionError("client");
                }, ServerModeTest::noTermination);
        assertThat(client.run("--data-dir", dataDir.toString(), "-rx", "fake status")).isZero();
        assertThat(rxOut.toString(StandardCharsets.UTF_8)).isEqualTo("all good\n");

        termination.stop.countDown();

        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(closed).hasValue(1);
        assertThat(socket).doesNotExist();
        exitHooks.forEach(Runnable::run);
        assertThat(closed).as("the shutdown hook does not stop twice").hasValue(1);
    }

    @Test
    void attachedConsolesSeeTheServersLog() throws Exception {
        LatchTermination termination = new LatchTermination();
        CompletableFuture<Integer> exit = runInBackground(termination,
                Optional.of(new InetSocketAddress("127.0.0.1", 5038)), "--data-dir", dataDir.toString());
        await().until(() -> out.toString(StandardCharsets.UTF_8).contains("AMI ready"));
        Logger probe = (Logger) LoggerFactory.getLogger("servermode.test.Probe");
        probe.setLevel(Level.INFO);
        List<String> lines = new CopyOnWriteArrayList<>();

        try (ControlClient console = ControlClient.connect(dataDir.resolve("run").resolve(ControlServer.SOCKET_NAME))) {
            console.attachLog(lines::add);
            console.execute("fake status".getBytes(StandardCharsets.ISO_8859_1));
            probe.info("a call arrived");

            String thread = Thread.currentThread().getName();
            await().until(() -> lines.stream().anyMatch(line -> line.endsWith("NOTICE[" + thread + "] Probe: a call arrived\n")));
        } finally {
            termination.stop.countDown();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void theSecondStartKeepsTheSecret() throws Exception {
        LatchTermination first = new LatchTermination();
        CompletableFuture<Integer> run = runInBackground(first, Optional.of(new InetSocketAddress("127.0.0.1", 5038)),
                "--data-dir", dataDir.toString());
        await().until(() -> out.toString(StandardCharsets.UTF_8).contains("AMI ready"));
        first.stop.countDown();
        run.get(30, TimeUnit.SECONDS);
        String secret = secretIn(dataDir.resolve("etc").resolve("manager.conf"));
        out.reset();

        LatchTermination second = new LatchTermination();
        run = runInBackground(second, Optional.of(new InetSocketAddress("127.0.0.1", 5038)), "--data-dir", dataDir.toString());
        await().until(() -> out.toString(StandardCharsets.UTF_8).contains("AMI ready"));
        second.stop.countDown();

        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(secretIn(dataDir.resolve("etc").resolve("manager.conf"))).isEqualTo(secret);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("AMI ready on 127.0.0.1:5038 - user 'admin'");
    }

    @Test
    void anExplicitConfigDirIsPassedThroughWithoutCredentials() throws Exception {
        Path etc = Files.createDirectories(dataDir.resolve("myetc"));
        Path data = dataDir.resolve("data");
        LatchTermination termination = new LatchTermination();

        CompletableFuture<Integer> exit = runInBackground(termination, Optional.of(new InetSocketAddress("127.0.0.1", 15038)),
                "--config-dir", etc.toString(), "--data-dir", data.toString());

        await().until(() -> out.toString(StandardCharsets.UTF_8).contains("AMI ready"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("AMI ready on 127.0.0.1:15038\n");
        assertThat(startedWithConfig).containsExactly(etc);
        assertThat(startedWithData).containsExactly(Optional.of(data));
        assertThat(etc).isEmptyDirectory();
        termination.stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aDisabledAmiIsSaidSo() {
        assertThat(ServerMode.readyLine(Optional.empty(), Optional.empty(), true, Optional.of("x"), dataDir))
                .isEqualTo("AMI is disabled (manager.conf [general] enabled = no)");
        assertThat(ServerMode.readyLine(Optional.empty(), Optional.of(new InetSocketAddress("127.0.0.1", 5039)), false,
                Optional.empty(), dataDir))
                .isEqualTo("AMI is disabled (manager.conf [general] enabled = no); AMI over TLS ready on 127.0.0.1:5039");
        assertThat(ServerMode.readyLine(Optional.of(new InetSocketAddress("127.0.0.1", 5038)), Optional.empty(), true,
                Optional.empty(), dataDir))
                .isEqualTo("AMI ready on 127.0.0.1:5038 - user 'admin', secret in " + dataDir.resolve("manager.conf"));
    }

    /** For Mains that must not reach server mode. */
    static Termination noTermination() {
        throw new AssertionError("a client must not wait for termination");
    }

    private static String secretIn(Path managerConf) throws IOException {
        Matcher m = Pattern.compile("(?m)^secret = (.*)$").matcher(Files.readString(managerConf, StandardCharsets.ISO_8859_1));
        assertThat(m.find()).isTrue();
        return m.group(1).trim();
    }
}
