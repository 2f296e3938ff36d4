package org.switchboard.pbx.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AstDb against db.c's statements and results (spec 02 §4.6; captures K01, K02). */
class AstDbTest {
    @TempDir
    Path dir;

    AstDb db;

    @BeforeEach
    void open() throws Exception {
        db = AstDb.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void putThenGetReturnsTheValue() {
        assertThat(db.put("PJSIP", "Registry/0004f2040001", "172.16.0.100:5300").join()).isTrue();
        assertThat(db.get("PJSIP", "Registry/0004f2040001").join()).contains("172.16.0.100:5300");
        assertThat(db.get("PJSIP", "registry/0004f2040001").join()).as("keys compare with case").isEmpty();
        assertThat(db.exists("PJSIP", "Registry/0004f2040001").join()).isTrue();
    }

    @Test
    void everyByteOfKeyAndValueSurvives() {
        String bytes = "caf\u00c3\u00a9 \u00ff\u0080;|";   // UTF-8 "é" as two byte chars, and bytes that are not UTF-8
        db.put("fam\u00e9", "k\u00ff", bytes).join();
        assertThat(db.get("fam\u00e9", "k\u00ff").join()).contains(bytes);
        assertThat(db.tree("fam\u00e9", "").join()).containsExactly(new AstDbEntry("/fam\u00e9/k\u00ff", bytes));
    }

    @Test
    void treeMatchesTheFamilyAndBelowSortedByBytes() {
        db.put("fam", "b", "2").join();
        db.put("fam", "a", "1").join();
        db.put("fam", "sub/c", "3").join();
        db.put("family", "x", "no").join();
        db.put("CustomDevstate", "eggs", "INUSE").join();
        db.put("CustomDevstate", "Ham", "INVALID").join();

        assertThat(db.tree("fam", "").join()).extracting(AstDbEntry::key)
                .containsExactly("/fam/a", "/fam/b", "/fam/sub/c");
        assertThat(db.tree("fam", "sub").join()).extracting(AstDbEntry::key).containsExactly("/fam/sub/c");
        // K02: upper case sorts before lower case (ORDER BY key is byte order)
        assertThat(db.tree("CustomDevstate", null).join()).extracting(AstDbEntry::key)
                .containsExactly("/CustomDevstate/Ham", "/CustomDevstate/eggs");
        assertThat(db.tree("", "").join()).hasSize(6);
        assertThat(db.tree("nosuchfam", "").join()).isEmpty();
    }

    @Test
    void treeUsesLikeSoCaseIsIgnoredAndUnderscoreIsAWildcard() {
        db.put("Fam", "a", "1").join();
        db.put("fXm", "b", "2").join();
        assertThat(db.tree("fam", "").join()).extracting(AstDbEntry::key).containsExactly("/Fam/a");
        assertThat(db.tree("f_m", "").join()).extracting(AstDbEntry::key).containsExactly("/Fam/a", "/fXm/b");
    }

    @Test
    void treeByPrefixIsByteExact() {
        db.put("fam", "abc", "1").join();
        db.put("fam", "abd", "2").join();
        db.put("fam", "ABx", "3").join();
        assertThat(db.treeByPrefix("fam", "ab").join()).extracting(AstDbEntry::key)
                .containsExactly("/fam/abc", "/fam/abd");
    }

    @Test
    void deleteExistingRefusesAMissingKeyButDeleteDoesNot() {
        db.put("fam", "a", "1").join();
        assertThat(db.deleteExisting("fam", "a").join()).isTrue();
        assertThat(db.deleteExisting("fam", "a").join()).isFalse();
        assertThat(db.delete("fam", "a").join()).as("ast_db_del succeeds on a missing key").isTrue();
    }

    @Test
    void deleteTreeCountsWhatItRemoved() {
        db.put("fam", "a", "1").join();
        db.put("fam", "sub/c", "3").join();
        db.put("fam", "sub/d", "4").join();
        db.put("other", "x", "9").join();
        assertThat(db.deleteTree("fam", "sub").join()).isEqualTo(2);
        assertThat(db.deleteTree("fam", null).join()).isEqualTo(1);
        assertThat(db.deleteTree("fam", null).join()).isZero();
        assertThat(db.deleteTree("", "sub").join()).as("a key tree needs a family").isEqualTo(-1);
        assertThat(db.deleteTree("", "").join()).as("everything").isEqualTo(1);
        assertThat(db.tree("", "").join()).isEmpty();
    }

    @Test
    void showKeyFindsKeysEndingInTheName() {
        db.put("a", "x", "1").join();
        db.put("b", "c/x", "2").join();
        db.put("b", "xx", "3").join();
        assertThat(db.showKey("x").join()).extracting(AstDbEntry::key).containsExactly("/a/x", "/b/c/x");
        assertThat(db.showKey("").join()).isEmpty();
    }

    @Test
    void queryReturnsRowsAndReportsErrors() throws Exception {
        db.put("fam", "a", "1").join();
        List<List<AstDb.AstDbColumn>> rows = db.query("SELECT key, value FROM astdb").join();
        assertThat(rows).containsExactly(List.of(new AstDb.AstDbColumn("key", "/fam/a"), new AstDb.AstDbColumn("value", "1")));
        assertThat(db.query("DELETE FROM astdb").join()).isEmpty();
        assertThat(db.get("fam", "a").join()).isEmpty();
        CompletableFuture<?> bad = db.query("SELEC nonsense");
        assertThatThrownBy(bad::get).isInstanceOf(ExecutionException.class);
        // the store still works after a failed query
        assertThat(db.put("fam", "b", "2").join()).isTrue();
    }

    @Test
    void callsCompleteInTheOrderTheyWereMade() {
        List<CompletableFuture<?>> all = new ArrayList<>();
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 200; i++) {
            int n = i;
            all.add(db.put("fam", "k" + (i % 7), "v" + i).thenRun(() -> order.add(n)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture<?>[]::new)).join();
        assertThat(order).isSorted().hasSize(200);
        assertThat(db.get("fam", "k3").join()).contains("v199");   // 199 % 7 == 3: the last write to k3 wins
    }

    @Test
    void aClosedStoreRefusesWork() {
        db.close();
        assertThat(db.put("fam", "a", "1")).isCompletedExceptionally();
    }

    /** A database made the way Asterisk makes it (db.c schema, plain TEXT binds) opens here and back. */
    @Test
    void anAsteriskDatabaseOpensAndIsWrittenBack() throws Exception {
        db.close();
        Path asteriskDir = dir.resolve("asterisk");
        java.nio.file.Files.createDirectories(asteriskDir);
        Path file = asteriskDir.resolve("astdb.sqlite3");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS astdb(key TEXT, value TEXT, PRIMARY KEY(key))");
            s.execute("INSERT OR REPLACE INTO astdb (key, value) VALUES ('/pbx/UUID', '5780b155-e1bf-4f2c-9c76-698047ec7a4d')");
            s.execute("INSERT OR REPLACE INTO astdb (key, value) VALUES ('/CustomPresence/Stuff', 'away,it''s,say \"hi\"?')");
        }
        try (AstDb ours = AstDb.open(asteriskDir)) {
            assertThat(ours.get("pbx", "UUID").join()).contains("5780b155-e1bf-4f2c-9c76-698047ec7a4d");
            assertThat(ours.get("CustomPresence", "Stuff").join()).contains("away,it's,say \"hi\"?");
            assertThat(ours.put("fam", "new", "from switchboard").join()).isTrue();
            assertThat(ours.deleteExisting("pbx", "UUID").join()).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("SELECT key, value, typeof(key), typeof(value) FROM astdb ORDER BY key");
             ResultSet r = s.executeQuery()) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + "=" + r.getString(2) + " " + r.getString(3) + "/" + r.getString(4));
            }
            assertThat(rows).containsExactly("/CustomPresence/Stuff=away,it's,say \"hi\"? text/text",
                    "/fam/new=from switchboard text/text");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sql FROM sqlite_master WHERE name='astdb'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("CREATE TABLE astdb(key TEXT, value TEXT, PRIMARY KEY(key))");
        }
        db = AstDb.open(dir);   // for @AfterEach
    }
}
