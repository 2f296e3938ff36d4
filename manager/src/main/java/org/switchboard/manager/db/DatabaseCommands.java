package org.switchboard.manager.db;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.switchboard.manager.cli.CliCommand;
import org.switchboard.manager.cli.CliInvocation;
import org.switchboard.manager.cli.CliResult;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.db.AstDbEntry;

/**
 * The {@code database ...} CLI commands of db.c, texts and formats as there. A CLI handler
 * answers synchronously, so these wait for the store (bounded); the AMI actions never do.
 */
public final class DatabaseCommands {
    /** How long a CLI command waits for the store before it reports failure. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private DatabaseCommands() { }

    /** Every database command, in db.c's registration order. */
    public static List<CliCommand> all(AstDb db) {
        return List.of(new Show(db), new ShowKey(db), new Get(db), new Put(db), new Del(db), new DelTree(db),
                new Query(db));
    }

    private abstract static class DatabaseCommand implements CliCommand {
        final AstDb db;
        private final String command;
        private final String summary;
        private final String usage;

        DatabaseCommand(AstDb db, String command, String summary, String usage) {
            this.db = db;
            this.command = command;
            this.summary = summary;
            this.usage = usage;
        }

        @Override public String command() { return command; }
        @Override public String summary() { return summary; }
        @Override public String usage() { return usage; }

        static <T> T await(CompletableFuture<T> work) throws StoreUnavailable {
            try {
                return work.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailable();
            } catch (ExecutionException | TimeoutException e) {
                throw new StoreUnavailable();
            }
        }

        static void printRows(CliInvocation out, List<AstDbEntry> rows) {
            for (AstDbEntry e : rows) {
                out.printf("%-50s: %-25s\n", e.key(), e.value());
            }
            out.print(rows.size() + " results found.\n");
        }
    }

    /** The store refused or did not answer in time. */
    private static final class StoreUnavailable extends Exception {
        StoreUnavailable() {
            super(null, null, false, false);
        }
    }

    static final class Show extends DatabaseCommand {
        Show(AstDb db) {
            super(db, "database show", "Shows database contents",
                    "Usage: database show [family [keytree]]\n"
                            + "   OR: database show [family[/keytree]]\n"
                            + "       Shows Asterisk database contents, optionally restricted\n"
                            + "       to a given family, or family and keytree. The two arguments\n"
                            + "       may be separated either by a space or by a slash.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() > 4) {
                return CliResult.SHOWUSAGE;
            }
            try {
                printRows(out, await(db.tree(w.size() > 2 ? w.get(2) : "", w.size() > 3 ? w.get(3) : "")));
            } catch (StoreUnavailable e) {
                return CliResult.FAILURE;
            }
            return CliResult.SUCCESS;
        }
    }

    static final class ShowKey extends DatabaseCommand {
        ShowKey(AstDb db) {
            super(db, "database showkey", "Shows database contents",
                    "Usage: database showkey <keytree>\n"
                            + "       Shows Asterisk database contents, restricted to a given key.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (out.words().size() != 3) {
                return CliResult.SHOWUSAGE;
            }
            try {
                printRows(out, await(db.showKey(out.words().get(2))));
            } catch (StoreUnavailable e) {
                return CliResult.FAILURE;
            }
            return CliResult.SUCCESS;
        }
    }

    static final class Get extends DatabaseCommand {
        Get(AstDb db) {
            super(db, "database get", "Gets database value",
                    "Usage: database get <family> <key>\n"
                            + "       Retrieves an entry in the Asterisk database for a given\n"
                            + "       family and key.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() != 4) {
                return CliResult.SHOWUSAGE;
            }
            try {
                await(db.get(w.get(2), w.get(3))).ifPresentOrElse(v -> out.print("Value: " + v + "\n"),
                        () -> out.print("Database entry not found.\n"));
            } catch (StoreUnavailable e) {
                out.print("Database entry not found.\n");
            }
            return CliResult.SUCCESS;
        }
    }

    static final class Put extends DatabaseCommand {
        Put(AstDb db) {
            super(db, "database put", "Adds/updates database value",
                    "Usage: database put <family> <key> <value>\n"
                            + "       Adds or updates an entry in the Asterisk database for\n"
                            + "       a given family, key, and value.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() != 5) {
                return CliResult.SHOWUSAGE;
            }
            boolean ok;
            try {
                ok = await(db.put(w.get(2), w.get(3), w.get(4)));
            } catch (StoreUnavailable e) {
                ok = false;
            }
            out.print(ok ? "Updated database successfully\n" : "Failed to update entry\n");
            return CliResult.SUCCESS;
        }
    }

    static final class Del extends DatabaseCommand {
        Del(AstDb db) {
            super(db, "database del", "Removes database key/value",
                    "Usage: database del <family> <key>\n"
                            + "       Deletes an entry in the Asterisk database for a given\n"
                            + "       family and key.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() != 4) {
                return CliResult.SHOWUSAGE;
            }
            boolean ok;
            try {
                ok = await(db.deleteExisting(w.get(2), w.get(3)));
            } catch (StoreUnavailable e) {
                ok = false;
            }
            out.print(ok ? "Database entry removed.\n" : "Database entry could not be removed.\n");
            return CliResult.SUCCESS;
        }
    }

    static final class DelTree extends DatabaseCommand {
        DelTree(AstDb db) {
            super(db, "database deltree", "Removes database keytree/values",
                    "Usage: database deltree <family> [keytree]\n"
                            + "   OR: database deltree <family>[/keytree]\n"
                            + "       Deletes a family or specific keytree within a family\n"
                            + "       in the Asterisk database.  The two arguments may be\n"
                            + "       separated by either a space or a slash.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            List<String> w = out.words();
            if (w.size() < 3 || w.size() > 4) {
                return CliResult.SHOWUSAGE;
            }
            int removed;
            try {
                removed = await(db.deleteTree(w.get(2), w.size() == 4 ? w.get(3) : null));
            } catch (StoreUnavailable e) {
                removed = -1;
            }
            if (removed < 0) {
                out.print("Database unavailable.\n");
            } else if (removed == 0) {
                out.print("Database entries do not exist.\n");
            } else {
                out.print(removed + " database entries removed.\n");
            }
            return CliResult.SUCCESS;
        }
    }

    static final class Query extends DatabaseCommand {
        Query(AstDb db) {
            super(db, "database query", "Run a user-specified query on the astdb",
                    "Usage: database query \"<SQL Statement>\"\n"
                            + "       Run a user-specified SQL query on the database. Be careful.\n");
        }

        @Override
        public CliResult execute(CliInvocation out) {
            if (out.words().size() != 3) {
                return CliResult.SHOWUSAGE;
            }
            List<List<AstDb.AstDbColumn>> rows;
            try {
                rows = await(db.query(out.words().get(2)));
            } catch (StoreUnavailable e) {
                return CliResult.SUCCESS;   // db.c only logs the SQL error; the CLI shows nothing
            }
            for (List<AstDb.AstDbColumn> row : rows) {
                for (AstDb.AstDbColumn column : row) {
                    // glibc prints a NULL %s as "(null)"
                    out.printf("%-5s: %-50s\n", column.name(), column.value() == null ? "(null)" : column.value());
                }
                out.print("\n");
            }
            return CliResult.SUCCESS;
        }
    }
}
