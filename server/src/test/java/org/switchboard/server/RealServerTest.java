package org.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.Switchboard;
import org.switchboard.manager.cli.CliService;
import org.switchboard.testkit.AmiTestClient;

/**
 * The server mode and {@code -rx} against a real Switchboard (on an ephemeral port, so the test
 * never collides with a server on 5038): a logged-in AMI session is listed by
 * {@code manager show connected}, as the README's first session promises.
 */
class RealServerTest {
    @TempDir
    Path dir;

    private static final class Stop implements Termination {
        final CountDownLatch latch = new CountDownLatch(1);

        @Override
        public void await() throws InterruptedException {
            latch.await();
        }

        @Override
        public void atExit(Runnable cleanup) {
            // the test stops the server itself
        }
    }

    /** The real Switchboard, bound to an ephemeral port. */
    private static RunningServer.Starter realServerOnAnyPort() {
        return (configDir, dataDir) -> {
            Switchboard.Builder b = Switchboard.builder().configDir(configDir).amiPort(0);
            dataDir.ifPresent(b::dataDir);
            Switchboard sb = b.start();
            return new RunningServer() {
                @Override
                public CliService cli() {
                    return sb.cliService();
                }

                @Override
                public Path runDir() {
                    return sb.directories().runDir();
                }

                @Override
                public Optional<InetSocketAddress> amiAddress() {
                    return sb.amiAddress();
                }

                @Override
                public void close() {
                    sb.close();
                }
            };
        };
    }

    @Test
    void rxListsALoggedInSession() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("etc"));
        Files.writeString(etc.resolve("manager.conf"),
                "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n\n[admin]\nsecret = pw\nread = all\nwrite = all\n");
        Path data = dir.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Stop stop = new Stop();
        ServerMode mode = new ServerMode(realServerOnAnyPort(), stop, new PrintStream(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return mode.run(CommandLineOptionsTest.parse("--config-dir", etc.toString(), "--data-dir", data.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().until(() -> out.toString(StandardCharsets.UTF_8).contains("AMI ready on 127.0.0.1:"));
        int port = Integer.parseInt(out.toString(StandardCharsets.UTF_8).replaceAll("(?s).*127\\.0\\.0\\.1:(\\d+).*", "$1"));

        try (AmiTestClient session = AmiTestClient.connect(new InetSocketAddress("127.0.0.1", port))) {
            assertThat(session.login("admin", "pw").header("Response")).isEqualTo("Success");

            ByteArrayOutputStream rx = new ByteArrayOutputStream();
            Main client = new Main(new PrintStream(rx, true), new PrintStream(new ByteArrayOutputStream(), true),
                    (c, d) -> {
                        throw new AssertionError("a client never starts a server");
                    }, Stop::new);
            int code = client.run("--config-dir", etc.toString(), "--data-dir", data.toString(),
                    "-rx", "manager show connected");
            assertThat(code).isZero();
            String text = rx.toString(StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("  Username         IP Address");
            assertThat(text).contains("\n  admin            127.0.0.1 ");
            assertThat(text).endsWith("1 users connected.\n");

            ByteArrayOutputStream bad = new ByteArrayOutputStream();
            Main again = new Main(new PrintStream(bad, true), new PrintStream(new ByteArrayOutputStream(), true),
                    (c, d) -> {
                        throw new AssertionError();
                    }, Stop::new);
            assertThat(again.run("--config-dir", etc.toString(), "--data-dir", data.toString(), "-rx", "no such thing"))
                    .isEqualTo(1);
        } finally {
            stop.latch.countDown();
        }
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }
}
