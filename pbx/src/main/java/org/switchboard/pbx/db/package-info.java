/**
 * AstDB, Asterisk's family/key/value store (main/db.c), in SQLite with Asterisk's own schema and
 * file name ({@code astdb.sqlite3}). {@link org.switchboard.pbx.db.AstDb} is the API that AMI
 * actions, CLI commands and dialplan functions (DB, DB_EXISTS, DB_DELETE, DB_KEYS) call; its work
 * runs on one storage thread and a change is answered only once committed to disk.
 */
package org.switchboard.pbx.db;
