package org.switchboard.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.config.Category;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;

/**
 * What a client was told succeeded survives a {@code kill -9} of the server (DESIGN "Storage"):
 * the server runs as its own JVM, is killed with SIGKILL ({@link Process#destroyForcibly()}),
 * started again on the same directories and asked. First right after the answers, then in the
 * middle of a load of DBPut and UpdateConfig requests, when some are answered and some are not:
 * every answered one is there afterwards, and neither astdb.sqlite3 nor the rewritten
 * configuration file is damaged.
 *
 * <p>TODO(voicemail): add voicemail deposits to the load once the voicemail spool exists.
 */
class CrashDurabilityTest {
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

    @Test
    void everythingAnsweredSurvivesSigkillInTheMiddleOfALoad() throws Exception {
        Path etc = copyConfig();
        Files.writeString(etc.resolve("load.conf"), "[load]\nfirst = 1\n");
        Path data = work.resolve("data");
        int requests = 3000;
        int killAfter = 400;

        Server first = start(etc, data, "loaded");
        Set<String> answeredPuts;
        Set<String> answeredUpdates;
        try (AmiTestClient db = AmiTestClient.connect(first.address());
             AmiTestClient config = AmiTestClient.connect(first.address())) {
            db.login("admin", "admin123");
            config.login("admin", "admin123");
            db.request("Action: Events", "EventMask: off", "ActionID: quiet");
            config.request("Action: Events", "EventMask: off", "ActionID: quiet");
            StringBuilder puts = new StringBuilder();
            StringBuilder updates = new StringBuilder();
            for (int i = 0; i < requests; i++) {
                puts.append("Action: DBPut\r\nFamily: load\r\nKey: k").append(i).append("\r\nVal: value ").append(i)
                        .append("\r\nActionID: put-").append(i).append("\r\n\r\n");
                updates.append("Action: UpdateConfig\r\nSrcFilename: load.conf\r\nDstFilename: load.conf\r\n"
                        + "Action-000000: Append\r\nCat-000000: load\r\nVar-000000: v").append(i)
                        .append("\r\nValue-000000: ").append(i).append("\r\nActionID: upd-").append(i).append("\r\n\r\n");
            }
            db.sendRaw(puts.toString());
            config.sendRaw(updates.toString());
            // kill once both loads are well under way, with requests of both kinds still in flight
            await().atMost(Duration.ofSeconds(120)).until(() -> answered(db, "put-", "Updated database successfully").size() >= killAfter
                    && answered(config, "upd-", null).size() >= killAfter / 10);
            first.process().destroyForcibly();
            assertThat(first.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            db.awaitClosed(Duration.ofSeconds(10));
            config.awaitClosed(Duration.ofSeconds(10));
            answeredPuts = answered(db, "put-", "Updated database successfully");
            answeredUpdates = answered(config, "upd-", null);
        }
        assertThat(answeredPuts.size()).as("the kill came in the middle of the DBPut load").isLessThan(requests);
        assertThat(answeredUpdates.size()).as("the kill came in the middle of the UpdateConfig load").isLessThan(requests);
        assertThat(integrityCheck(data.resolve("lib/astdb.sqlite3"))).isEqualTo("ok");
        // the rewritten file is whole, and holds every answered change
        ConfigFile load = new ConfigReader(ConfigReadOptions.in(etc)).read(Path.of("load.conf"));
        Category category = load.category("load").orElseThrow();
        for (String id : answeredUpdates) {
            String n = id.substring("upd-".length());
            assertThat(category.value("v" + n)).as("answered %s", id).contains(n);
        }

        Server second = start(etc, data, "after-kill");
        try (AmiTestClient c = AmiTestClient.connect(second.address())) {
            c.login("admin", "admin123");
            c.send("Action: DBGetTree", "Family: load", "ActionID: tree");
            AmiMessage done = c.awaitMessage(0, m -> m.header("Event").equals("DBGetTreeComplete"), AmiTestClient.DEFAULT_WAIT);
            int listed = Integer.parseInt(done.header("ListItems"));
            assertThat(listed).isGreaterThanOrEqualTo(answeredPuts.size());
            String tree = c.received();
            for (String id : answeredPuts) {
                String n = id.substring("put-".length());
                assertThat(tree).as("answered %s", id).contains("Key: /load/k" + n + "\r\nVal: value " + n + "\r\n");
            }
        }
    }

    /** The ActionIDs with that prefix answered Success (and, when given, with that Message). */
    private static Set<String> answered(AmiTestClient c, String prefix, String message) {
        Set<String> ids = new HashSet<>();
        for (AmiMessage m : c.messages()) {
            if (m.actionId().startsWith(prefix) && "Success".equals(m.header("Response"))
                    && (message == null || message.equals(m.header("Message")))) {
                ids.add(m.actionId());
            }
        }
        return ids;
    }

    /** SQLite's own check of every page and index of the file. */
    private static String integrityCheck(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
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
