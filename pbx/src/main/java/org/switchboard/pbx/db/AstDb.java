package org.switchboard.pbx.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asterisk's internal database (AstDB, main/db.c): family/key/value entries kept in
 * {@code astdb.sqlite3} with Asterisk's schema ({@code astdb(key TEXT, value TEXT, PRIMARY KEY(key))},
 * keys stored as {@code /<family>/<key>}), so a real Asterisk's database opens here and back.
 *
 * <p>Every call returns at once with a future; the work runs on the store's own thread (never on
 * the PBX core thread), and a change completes only after it has been committed to disk. Calls
 * are done in the order they were made. All strings are byte strings (one char per byte): a key
 * or value keeps every byte it was given.
 *
 * <p>The results follow db.c: a failed statement is {@code false} or {@code -1}, not an exception.
 * A future fails only when the store is closed or its queue is full.
 */
public final class AstDb implements AutoCloseable {
    /** db.c db_open: ast_config_AST_DB ("astdb" in astdbdir) plus ".sqlite3". */
    public static final String FILE_NAME = "astdb.sqlite3";

    private static final Logger log = LoggerFactory.getLogger(AstDb.class);

    private final Path file;
    private final Connection connection;
    private final StorageThread storage;

    private AstDb(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.storage = new StorageThread(connection, "astdb");
    }

    /**
     * Opens (or creates) {@code astdb.sqlite3} in {@code dbDir}, creating the directory and the
     * table when missing.
     *
     * @throws IOException when the directory or the database cannot be opened
     */
    public static AstDb open(Path dbDir) throws IOException {
        Files.createDirectories(dbDir);
        Path file = dbDir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                // FULL is SQLite's default for a rollback journal; said out loud because the
                // durability promise depends on it. The journal mode stays Asterisk's (DELETE).
                s.execute("PRAGMA synchronous=FULL");
                s.execute(AstDbSql.CREATE);
            }
            c.setAutoCommit(false);
            return new AstDb(file, c);
        } catch (SQLException e) {
            throw new IOException("Unable to open Asterisk database '" + file + "': " + e.getMessage(), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    // ---- single entries ----

    /** ast_db_put: sets {@code /family/key}; true once committed, false when the statement failed. */
    public CompletableFuture<Boolean> put(String family, String key, String value) {
        String fullKey = fullKey(family, key);
        return submit("put " + fullKey, DbOperation.Kind.WRITE, false, c -> {
            try (PreparedStatement s = c.prepareStatement(AstDbSql.PUT)) {
                s.setBytes(1, bytes(fullKey));
                s.setBytes(2, bytes(value));
                s.executeUpdate();
                return true;
            }
        });
    }

    /** ast_db_get: the value, or empty when there is no such entry. */
    public CompletableFuture<Optional<String>> get(String family, String key) {
        String fullKey = fullKey(family, key);
        return submit("get " + fullKey, DbOperation.Kind.READ, Optional.empty(), c -> {
            try (PreparedStatement s = c.prepareStatement(AstDbSql.GET)) {
                s.setBytes(1, bytes(fullKey));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.ofNullable(text(r.getBytes(1))) : Optional.empty();
                }
            }
        });
    }

    /** ast_db_exists: whether {@code /family/key} is set. */
    public CompletableFuture<Boolean> exists(String family, String key) {
        String fullKey = fullKey(family, key);
        return submit("exists " + fullKey, DbOperation.Kind.READ, false, c -> {
            try (PreparedStatement s = c.prepareStatement(AstDbSql.EXISTS)) {
                s.setBytes(1, bytes(fullKey));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && r.getInt(1) > 0;
                }
            }
        });
    }

    /**
     * ast_db_del: deletes {@code /family/key}; true when the statement ran, even if there was no
     * such entry (the DB_DELETE function's view).
     */
    public CompletableFuture<Boolean> delete(String family, String key) {
        String fullKey = fullKey(family, key);
        return submit("delete " + fullKey, DbOperation.Kind.WRITE, false, c -> deleteKey(c, fullKey) >= 0);
    }

    /** ast_db_del2: deletes {@code /family/key}; false when there was no such entry (DBDel, database del). */
    public CompletableFuture<Boolean> deleteExisting(String family, String key) {
        String fullKey = fullKey(family, key);
        return submit("delete " + fullKey, DbOperation.Kind.WRITE, false, c -> {
            if (!keyExists(c, fullKey)) {
                log.warn("AstDB key {} does not exist", fullKey);
                return false;
            }
            deleteKey(c, fullKey);
            return true;
        });
    }

    // ---- trees ----

    /**
     * ast_db_deltree: deletes {@code /family} and everything under it (or {@code /family/keytree}
     * and below). An empty family deletes everything; a key tree without a family deletes nothing
     * and answers -1. Returns how many entries went.
     */
    public CompletableFuture<Integer> deleteTree(String family, String keyTree) {
        if (isEmpty(family) && !isEmpty(keyTree)) {
            log.warn("Key tree '{}' specified without family", keyTree);
            return CompletableFuture.completedFuture(-1);
        }
        String prefix = prefix(family, keyTree);
        return submit("deltree " + prefix, DbOperation.Kind.WRITE, -1, c -> {
            if (prefix.isEmpty()) {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate(AstDbSql.DELTREE_ALL);
                }
            }
            try (PreparedStatement s = c.prepareStatement(AstDbSql.DELTREE)) {
                s.setBytes(1, bytes(prefix));
                return s.executeUpdate();
            }
        });
    }

    /**
     * ast_db_gettree: {@code /family} and the entries under it (or under {@code /family/keyTree}),
     * sorted by key; every entry when family is empty. As in Asterisk the match is SQL LIKE, so it
     * ignores ASCII case and {@code _} and {@code %} in the names are wildcards.
     */
    public CompletableFuture<List<AstDbEntry>> tree(String family, String keyTree) {
        String prefix = prefix(family, keyTree);
        return submit("gettree " + prefix, DbOperation.Kind.READ, List.of(), c -> {
            if (prefix.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(AstDbSql.GETTREE_ALL)) {
                    return entries(s);
                }
            }
            try (PreparedStatement s = c.prepareStatement(AstDbSql.GETTREE)) {
                s.setBytes(1, bytes(prefix));
                return entries(s);
            }
        });
    }

    /**
     * ast_db_gettree_by_prefix: the entries whose key starts with {@code /family/keyPrefix},
     * byte for byte (case counts, no wildcards), in key order.
     */
    public CompletableFuture<List<AstDbEntry>> treeByPrefix(String family, String keyPrefix) {
        String prefix = prefix(family, keyPrefix);
        return submit("gettree_by_prefix " + prefix, DbOperation.Kind.READ, List.of(), c -> {
            try (PreparedStatement s = c.prepareStatement(AstDbSql.GETTREE_PREFIX)) {
                s.setBytes(1, bytes(prefix));
                return entries(s);
            }
        });
    }

    /** The CLI's {@code database showkey}: entries whose key ends in {@code /keyTree} (LIKE), in key order. */
    public CompletableFuture<List<AstDbEntry>> showKey(String keyTree) {
        return submit("showkey " + keyTree, DbOperation.Kind.READ, List.of(), c -> {
            try (PreparedStatement s = c.prepareStatement(AstDbSql.SHOWKEY)) {
                if (isEmpty(keyTree)) {
                    s.setNull(1, java.sql.Types.BLOB);   // db.c leaves the parameter unbound: NULL, no rows
                } else {
                    s.setBytes(1, bytes(keyTree));
                }
                return entries(s);
            }
        });
    }

    /**
     * The CLI's {@code database query}: runs one SQL statement of the caller's on the database, by
     * itself and committed at once. Returns the rows it produced (empty for statements without
     * rows); fails the future with the SQLite error text when the statement fails.
     */
    public CompletableFuture<List<List<AstDbColumn>>> query(String sql) {
        CompletableFuture<List<List<AstDbColumn>>> out = new CompletableFuture<>();
        DbOperation<QueryOutcome> op = new DbOperation<>("query", DbOperation.Kind.EXCLUSIVE,
                new QueryOutcome(List.of(), "failed"), c -> runQuery(c, sql));
        storage.submit(op).whenComplete((r, e) -> {
            if (e != null) {
                out.completeExceptionally(e);
            } else if (r.error() != null) {
                out.completeExceptionally(new SQLException(r.error()));
            } else {
                out.complete(r.rows());
            }
        });
        return out;
    }

    /** One column of a row that {@link #query} returned: its name and its value as text (null for NULL). */
    public record AstDbColumn(String name, String value) { }

    private record QueryOutcome(List<List<AstDbColumn>> rows, String error) { }

    private static QueryOutcome runQuery(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            List<List<AstDbColumn>> rows = new ArrayList<>();
            if (s.execute(sql)) {
                try (ResultSet r = s.getResultSet()) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        List<AstDbColumn> row = new ArrayList<>(n);
                        for (int i = 1; i <= n; i++) {
                            row.add(new AstDbColumn(r.getMetaData().getColumnName(i), columnText(r.getObject(i))));
                        }
                        rows.add(row);
                    }
                }
            }
            return new QueryOutcome(rows, null);
        } catch (SQLException e) {
            log.warn("Error executing SQL ({}): {}", sql, e.getMessage());
            return new QueryOutcome(List.of(), e.getMessage());
        }
    }

    /** Finishes the queued work, then closes the database. */
    @Override
    public void close() {
        storage.close();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing {} failed: {}", file, e.getMessage());
        }
    }

    // ---- helpers ----

    private <T> CompletableFuture<T> submit(String what, DbOperation.Kind kind, T failure, DbOperation.Work<T> work) {
        return storage.submit(new DbOperation<>(what, kind, failure, work));
    }

    private static int deleteKey(Connection c, String fullKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(AstDbSql.DEL)) {
            s.setBytes(1, bytes(fullKey));
            return s.executeUpdate();
        }
    }

    private static boolean keyExists(Connection c, String fullKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(AstDbSql.GET)) {
            s.setBytes(1, bytes(fullKey));
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBytes(1) != null;
            }
        }
    }

    private static List<AstDbEntry> entries(PreparedStatement s) throws SQLException {
        List<AstDbEntry> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byte[] key = r.getBytes(1);
                byte[] value = r.getBytes(2);
                if (key == null || value == null) {
                    log.warn("Skipping invalid {}!", key == null ? "key" : "value");
                    continue;
                }
                out.add(new AstDbEntry(text(key), text(value)));
            }
        }
        return out;
    }

    /** db.c: "/%s/%s". */
    static String fullKey(String family, String key) {
        return "/" + family + "/" + key;
    }

    /** db.c create_prefix: "" without a family, "/family" or "/family/keytree". */
    static String prefix(String family, String keyTree) {
        if (isEmpty(family)) {
            return "";
        }
        return isEmpty(keyTree) ? "/" + family : "/" + family + "/" + keyTree;
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static byte[] bytes(String byteString) {
        return byteString.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] raw) {
        return raw == null ? null : new String(raw, StandardCharsets.ISO_8859_1);
    }

    /** sqlite3_exec hands the callback text: numbers in SQLite's own formatting, text as its bytes. */
    private static String columnText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] raw) {
            return text(raw);
        }
        if (value instanceof String s) {
            return text(s.getBytes(StandardCharsets.UTF_8));
        }
        return value.toString();
    }
}
