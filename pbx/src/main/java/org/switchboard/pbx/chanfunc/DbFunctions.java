package org.switchboard.pbx.chanfunc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.db.AstDbEntry;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;

/**
 * DB, DB_EXISTS, DB_DELETE, DB_KEYS and DB_KEYCOUNT (funcs/func_db.c) on the server's AstDB. A
 * found value is also left in DB_RESULT (on the channel, or as a global without one). DB is
 * dangerous both ways and DB_DELETE to read: from AMI they are refused unless live_dangerously.
 *
 * <p>Like Asterisk's sqlite calls these wait for the database: the core thread waits for the
 * store's own thread, which never waits for the core, so it cannot deadlock.
 */
public final class DbFunctions {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.pbx");

    private final AstDb db;

    private DbFunctions(AstDb db) {
        this.db = db;
    }

    /** The functions on {@code db}. */
    public static List<DialplanFunction> functions(AstDb db) {
        DbFunctions f = new DbFunctions(db);
        return List.of(
                DialplanFunction.readWrite("DB", f::read, f::write).escalatingRead().escalatingWrite(),
                DialplanFunction.readOnly("DB_EXISTS", f::exists),
                DialplanFunction.readWrite("DB_DELETE", f::delete, f::deleteWrite).escalatingRead(),
                DialplanFunction.readOnlyString("DB_KEYS", f::keys),
                DialplanFunction.readOnly("DB_KEYCOUNT", f::keyCount));
    }

    /** AST_NONSTANDARD_APP_ARGS(args, parse, '/') with family and key: null when fewer than two. */
    private static AppArgs familyKey(String parse, String function, String usage) {
        if (CStrings.isEmpty(parse)) {
            LOG.warn("{} requires an argument, {}", function, usage);
            return null;
        }
        AppArgs args = AppArgs.nonstandard(parse, '/', 2);
        if (args.count() < 2) {
            LOG.warn("{} requires an argument, {}", function, usage);
            return null;
        }
        return args;
    }

    private String read(EvalContext ctx, String name, String parse) {
        AppArgs args = familyKey(parse, "DB", "DB(<family>/<key>)");
        if (args == null) {
            return null;
        }
        Optional<String> value = await(db.get(args.get(0), args.get(1)));
        if (value.isEmpty()) {
            LOG.debug("DB: {}/{} not found in database.", args.get(0), args.get(1));
            return "";
        }
        // ast_db_get reads into a 4095-char buffer (len - 1)
        String v = CStrings.truncate(value.get(), 4094);
        ctx.setVariable("DB_RESULT", v);
        return v;
    }

    private boolean write(EvalContext ctx, String name, String parse, String value) {
        AppArgs args = familyKey(parse, "DB", "DB(<family>/<key>)=<value>");
        if (args == null) {
            return false;
        }
        String key = args.getOrEmpty(1);
        if (key.isEmpty() || key.startsWith("/") || key.endsWith("/") || key.contains("//")) {
            LOG.warn("DB: key '{}' seems malformed", key);
        }
        if (!Boolean.TRUE.equals(await(db.put(args.get(0), key, value == null ? "" : value)))) {
            LOG.warn("DB: Error writing value to database.");
        }
        return true;
    }

    private String exists(EvalContext ctx, String name, String parse) {
        AppArgs args = familyKey(parse, "DB_EXISTS", "DB(<family>/<key>)");
        if (args == null) {
            return null;
        }
        Optional<String> value = await(db.get(args.get(0), args.get(1)));
        if (value.isEmpty()) {
            return "0";
        }
        ctx.setVariable("DB_RESULT", value.get());
        return "1";
    }

    private String delete(EvalContext ctx, String name, String parse) {
        AppArgs args = familyKey(parse, "DB_DELETE", "DB_DELETE(<family>/<key>)");
        if (args == null) {
            return null;
        }
        Optional<String> value = await(db.get(args.get(0), args.get(1)));
        String result = "";
        if (value.isEmpty()) {
            LOG.debug("DB_DELETE: {}/{} not found in database.", args.get(0), args.get(1));
        } else {
            result = value.get();
            if (!Boolean.TRUE.equals(await(db.delete(args.get(0), args.get(1))))) {
                LOG.debug("DB_DELETE: {}/{} could not be deleted from the database", args.get(0), args.get(1));
            }
        }
        ctx.setVariable("DB_RESULT", result);
        return result;
    }

    private boolean deleteWrite(EvalContext ctx, String name, String parse, String value) {
        // the written value is ignored; the 128-byte buffer of function_db_delete_write
        return delete(ctx, name, parse) != null;
    }

    /** DB_KEYS([prefix]): the next level of keys under the prefix, comma separated (commas escaped). */
    private String keys(EvalContext ctx, String name, String parse) {
        StringBuilder b = new StringBuilder();
        List<String> keys = nextLevel(parse);
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            for (char ch : keys.get(i).toCharArray()) {
                if (ch == ',' || ch == '\\') {
                    b.append('\\');
                }
                b.append(ch);
            }
        }
        return b.toString();
    }

    private String keyCount(EvalContext ctx, String name, String parse) {
        return Integer.toString(nextLevel(parse).size());
    }

    /** The distinct keys one level below {@code parse} (slashes around it ignored), in key order. */
    private List<String> nextLevel(String parse) {
        String p = parse;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        List<AstDbEntry> entries = await(db.tree(p, null));
        List<String> out = new ArrayList<>();
        String last = "";
        for (AstDbEntry e : entries) {
            String key = e.key();
            String cur = key.length() > p.length() + 1 ? key.substring(p.length() + 1) : "";
            if (cur.startsWith("/")) {
                cur = cur.substring(1);
            }
            int slash = cur.indexOf('/');
            if (slash >= 0) {
                cur = cur.substring(0, slash);
            }
            if (cur.equalsIgnoreCase(last)) {
                continue;
            }
            last = cur;
            out.add(cur);
        }
        return out;
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            LOG.error("AstDB unavailable: {}", e.getCause() == null ? e.toString() : e.getCause().toString());
            throw e;
        }
    }
}
