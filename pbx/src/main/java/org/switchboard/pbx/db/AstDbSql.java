package org.switchboard.pbx.db;

/**
 * The statements of Asterisk's db.c, so that keys match, sort and are deleted exactly as there
 * (LIKE ignores ASCII case and treats {@code _} and {@code %} in a family as wildcards; ORDER BY is
 * byte order).
 *
 * <p>One change: values are bound as {@code CAST(? AS TEXT)} from the raw bytes and read back as
 * {@code CAST(... AS BLOB)}, so every byte of a key or value survives (JDBC would otherwise
 * re-encode text through UTF-8). The stored column type stays TEXT, as Asterisk writes it.
 */
final class AstDbSql {
    private AstDbSql() { }

    /** db.c create_astdb_stmt. */
    static final String CREATE = "CREATE TABLE IF NOT EXISTS astdb(key TEXT, value TEXT, PRIMARY KEY(key))";

    static final String PUT = "INSERT OR REPLACE INTO astdb (key, value) VALUES (CAST(? AS TEXT), CAST(? AS TEXT))";
    static final String GET = "SELECT CAST(value AS BLOB) FROM astdb WHERE key=CAST(? AS TEXT)";
    static final String EXISTS = "SELECT CAST(COUNT(1) AS INTEGER) FROM astdb WHERE key=CAST(? AS TEXT)";
    static final String DEL = "DELETE FROM astdb WHERE key=CAST(? AS TEXT)";
    static final String DELTREE = "DELETE FROM astdb WHERE key || '/' LIKE CAST(?1 AS TEXT) || '/' || '%'";
    static final String DELTREE_ALL = "DELETE FROM astdb";
    static final String GETTREE = "SELECT CAST(key AS BLOB), CAST(value AS BLOB) FROM astdb"
            + " WHERE key || '/' LIKE CAST(?1 AS TEXT) || '/' || '%' ORDER BY key";
    static final String GETTREE_ALL = "SELECT CAST(key AS BLOB), CAST(value AS BLOB) FROM astdb ORDER BY key";
    static final String SHOWKEY = "SELECT CAST(key AS BLOB), CAST(value AS BLOB) FROM astdb"
            + " WHERE key LIKE '%' || '/' || CAST(?1 AS TEXT) ORDER BY key";
    /** db.c gettree_prefix_stmt: keys that start with the prefix, byte-wise, case kept. */
    static final String GETTREE_PREFIX = "SELECT CAST(key AS BLOB), CAST(value AS BLOB) FROM astdb"
            + " WHERE key > CAST(?1 AS TEXT) AND key <= CAST(?1 AS TEXT) || X'ffff'";
}
