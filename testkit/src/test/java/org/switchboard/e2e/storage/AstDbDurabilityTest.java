package org.switchboard.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;

/**
 * A DBPut that was answered Success survives a {@code kill -9} of the server right after the
 * answer (DESIGN "Storage"): the server runs as its own JVM, is killed with SIGKILL
 * ({@link Process#destroyForcibly()}), started again on the same data directory and asked.
 */
class AstDbDurabilityTest {
    static final Path CAPTURE_ETC = Path.of("src/test/resources/captures/etc");

    @TempDir
    Path work;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void answeredPutsSurviveSigkill() throws Exception {
        Path etc = copyConfig();
        Path data = work.resolve("data");

        Server first = start(etc, data, "first");
        List<String> ids = new ArrayList<>();
        try (AmiTestClient c = AmiTestClient.connect(first.address())) {
            assertThat(c.login("admin", "admin123").header("Response")).isEqualTo("Success");
            // pipelined, so that several share a commit; the last answer is the moment of the kill
            for (int i = 0; i < 40; i++) {
                c.send("Action: DBPut", "Family: durable", "Key: k" + i, "Val: value " + i, "ActionID: put-" + i);
                ids.add("put-" + i);
            }
            for (String id : ids) {
                AmiMessage reply = c.awaitMessage(0, m -> m.actionId().equals(id), AmiTestClient.DEFAULT_WAIT);
                assertThat(reply.header("Message")).isEqualTo("Updated database successfully");
            }
            first.process().destroyForcibly();
        }
        assertThat(first.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        Server second = start(etc, data, "second");
        try (AmiTestClient c = AmiTestClient.connect(second.address())) {
            c.login("admin", "admin123");
            AmiMessage one = c.request("Action: DBGet", "Family: durable", "Key: k39", "ActionID: get");
            assertThat(one.header("Response")).isEqualTo("Success");
            c.awaitMessage(0, m -> m.header("Event").equals("DBGetComplete"), AmiTestClient.DEFAULT_WAIT);
            assertThat(c.received()).contains("Val: value 39\r\n");

            c.send("Action: DBGetTree", "Family: durable", "ActionID: tree");
            AmiMessage done = c.awaitMessage(0, m -> m.header("Event").equals("DBGetTreeComplete"), AmiTestClient.DEFAULT_WAIT);
            assertThat(done.header("ListItems")).isEqualTo("40");
        }
    }

    private record Server(Process process, InetSocketAddress address) { }

    private Server start(Path etc, Path data, String name) throws IOException {
        Path portFile = work.resolve(name + ".port");
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                SwitchboardLauncher.class.getName(), etc.toString(), data.toString(), portFile.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(work.resolve(name + ".log").toFile());
        Process p = pb.start();
        processes.add(p);
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(portFile) || !p.isAlive());
        assertThat(p.isAlive()).as("server %s started (log: %s)", name, work.resolve(name + ".log")).isTrue();
        int port = Integer.parseInt(Files.readString(portFile).trim());
        return new Server(p, new InetSocketAddress("127.0.0.1", port));
    }

    private Path copyConfig() throws IOException {
        Path etc = work.resolve("etc");
        Files.createDirectories(etc);
        try (Stream<Path> files = Files.list(CAPTURE_ETC)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, etc.resolve(f.getFileName().toString()));
            }
        }
        return etc;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
