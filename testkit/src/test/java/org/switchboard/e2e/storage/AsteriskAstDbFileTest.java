package org.switchboard.e2e.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.manager.Switchboard;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;

/**
 * An {@code astdb.sqlite3} made the way Asterisk makes it (db.c: its schema, its key layout, plain
 * TEXT values) is opened by a Switchboard started on that data directory, read and changed over
 * AMI, and is still an Asterisk database afterwards.
 */
class AsteriskAstDbFileTest {
    @TempDir
    Path work;

    @Test
    void anAsteriskDatabaseIsReadAndWrittenBackOverAmi() throws Exception {
        Path etc = work.resolve("etc");
        Files.createDirectories(etc);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/captures/etc"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, etc.resolve(f.getFileName().toString()));
            }
        }
        Path data = work.resolve("data");
        Path dbFile = Switchboard.Directories.under(data).dbDir().resolve("astdb.sqlite3");
        Files.createDirectories(dbFile.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS astdb(key TEXT, value TEXT, PRIMARY KEY(key))");
            s.execute("INSERT OR REPLACE INTO astdb (key, value) VALUES ('/pbx/UUID', '5780b155-e1bf-4f2c-9c76-698047ec7a4d')");
            s.execute("INSERT OR REPLACE INTO astdb (key, value) VALUES ('/CustomDevstate/Eggs', 'INUSE')");
            s.execute("INSERT OR REPLACE INTO astdb (key, value) VALUES ('/PJSIP/Registry/0004f2040001', '172.16.0.100:5300')");
        }

        try (Switchboard sb = Switchboard.builder().configDir(etc).dataDir(data).amiPort(0).start();
             AmiTestClient c = AmiTestClient.connect(sb.amiAddress().orElseThrow())) {
            c.login("admin", "admin123");
            c.send("Action: DBGetTree", "ActionID: t");
            AmiMessage done = c.awaitMessage(0, m -> m.header("Event").equals("DBGetTreeComplete"), AmiTestClient.DEFAULT_WAIT);
            assertThat(done.header("ListItems")).isEqualTo("3");
            assertThat(c.received()).contains("Key: /pbx/UUID\r\nVal: 5780b155-e1bf-4f2c-9c76-698047ec7a4d\r\n",
                    "Key: /PJSIP/Registry/0004f2040001\r\nVal: 172.16.0.100:5300\r\n");
            assertThat(c.request("Action: DBPut", "Family: CustomDevstate", "Key: Eggs", "Val: NOT_INUSE", "ActionID: p")
                    .header("Message")).isEqualTo("Updated database successfully");
            assertThat(c.request("Action: DBDel", "Family: PJSIP", "Key: Registry/0004f2040001", "ActionID: d")
                    .header("Message")).isEqualTo("Key deleted successfully");
            assertThat(c.request("Action: DBPut", "Family: new", "Key: k", "Val: v", "ActionID: n")
                    .header("Message")).isEqualTo("Updated database successfully");
        }

        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT key, value, typeof(value) FROM astdb ORDER BY key")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getString(2) + " (" + r.getString(3) + ")");
            }
        }
        assertThat(rows).containsExactly(
                Map.entry("/CustomDevstate/Eggs", "NOT_INUSE (text)"),
                Map.entry("/new/k", "v (text)"),
                Map.entry("/pbx/UUID", "5780b155-e1bf-4f2c-9c76-698047ec7a4d (text)"));
    }
}
