package org.switchboard.pbx.dialplan.func;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.clib.EncodedChars;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;

/**
 * Functions on delimited lists held in variables: FIELDQTY, FIELDNUM, LISTFILTER, SHIFT, POP,
 * PUSH, UNSHIFT, HASH, ARRAY (func_strings.c) and CUT, SORT (func_cut.c). The first argument is
 * a variable <em>name</em>; delimiters accept Asterisk's backslash encodings.
 */
public final class ListFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(ListFunctions.class);

    private ListFunctions() { }

    /** The functions of this group. */
    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readOnly("FIELDQTY", ListFunctions::fieldQty),
                DialplanFunction.readOnly("FIELDNUM", ListFunctions::fieldNum),
                DialplanFunction.readOnly("LISTFILTER", ListFunctions::listFilter),
                DialplanFunction.readOnlyString("SHIFT", (ctx, name, data) -> shiftPop(ctx, name, data, true)),
                DialplanFunction.readOnlyString("POP", (ctx, name, data) -> shiftPop(ctx, name, data, false)),
                DialplanFunction.writeOnly("PUSH", (ctx, name, data, value) -> unshiftPush(ctx, name, data, value, false)),
                DialplanFunction.writeOnly("UNSHIFT", (ctx, name, data, value) -> unshiftPush(ctx, name, data, value, true)),
                DialplanFunction.readOnly("CUT", ListFunctions::cut),
                DialplanFunction.readOnly("SORT", ListFunctions::sort),
                DialplanFunction.readWrite("HASH", ListFunctions::hashRead, ListFunctions::hashWrite),
                DialplanFunction.writeOnly("ARRAY", (ctx, name, data, value) -> array(ctx, name, data, value)));
    }

    /** The first char of an encoded delimiter; NUL (never splits) when it decodes to nothing. */
    private static char delimiter(String encoded, char fallback) {
        EncodedChars.Decoded d = EncodedChars.decode(encoded, 0);
        return d == null ? fallback : d.value();
    }

    /** strsep with a one-char delimiter; NUL never splits. */
    private static List<String> split(String value, char delim) {
        List<String> fields = new ArrayList<>();
        if (delim == 0) {
            fields.add(value);
            return fields;
        }
        int start = 0;
        while (true) {
            int i = value.indexOf(delim, start);
            if (i < 0) {
                fields.add(value.substring(start));
                return fields;
            }
            fields.add(value.substring(start, i));
            start = i + 1;
        }
    }

    private static String fieldQty(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.standard(parse, 2);
        if (args.get(1) == null) {
            return "1";
        }
        char delim = delimiter(args.get(1), '\0');
        String value = ctx.expandVariable(args.getOrEmpty(0));
        return value.isEmpty() ? "0" : Integer.toString(split(value, delim).size());
    }

    private static String fieldNum(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.standard(parse, 3);
        if (args.count() < 3) {
            LOG.error("Usage: FIELDNUM(<listname>,<delimiter>,<fieldvalue>)");
            return null;
        }
        String value = ctx.expandVariable(args.get(0));
        if (value.isEmpty() || args.get(1).isEmpty()) {
            return "0";
        }
        EncodedChars.Decoded d = EncodedChars.decode(args.get(1), 0);
        if (d == null) {
            return null;
        }
        List<String> fields = split(value, d.value());
        for (int i = 0; i < fields.size(); i++) {
            if (CStrings.equalsIgnoreAsciiCase(fields.get(i), args.get(2))) {
                return Integer.toString(i + 1);
            }
        }
        return "0";
    }

    private static String listFilter(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.standard(parse, 3);
        if (args.count() < 3) {
            LOG.error("Usage: LISTFILTER(<listname>,<delimiter>,<fieldvalue>)");
            return null;
        }
        String list = ctx.expandVariable(args.get(0));
        if (list.isEmpty()) {
            return null;
        }
        String field = args.get(2);
        if (!list.contains(field)) {
            return list;
        }
        String delim = EncodedChars.decodeString(args.get(1), args.get(1).length());
        if (delim.isEmpty()) {
            delim = ",";
        }
        int dlen = delim.length();
        StringBuilder out = new StringBuilder(list.length());
        boolean first = true;
        int begin = 0;
        int next = list.indexOf(delim);
        int cur;
        do {
            if (next >= 0) {
                cur = next;
                next = list.indexOf(delim, cur + dlen);
            } else {
                cur = list.length();
            }
            if (cur - begin == field.length() && list.startsWith(field, begin)) {
                begin += field.length() + dlen;
            } else {
                if (!first) {
                    out.append(delim);
                }
                out.append(list, Math.min(begin, list.length()), cur);
                first = false;
                begin = cur + dlen;
            }
        } while (cur < list.length());
        return out.toString();
    }

    private static String shiftPop(EvalContext ctx, String name, String data, boolean shift) {
        AppArgs args = AppArgs.standard(data, 2);
        if (CStrings.isEmpty(args.get(0))) {
            LOG.warn("{} requires a variable name", name);
            return null;
        }
        String before = ctx.expandVariable(args.get(0));
        char delim = ',';
        if (args.count() > 1 && !args.get(1).isEmpty()) {
            delim = delimiter(args.get(1), '\0');
        }
        if (before.isEmpty()) {
            return null;
        }
        int at = delim == 0 ? -1 : shift ? before.indexOf(delim) : before.lastIndexOf(delim);
        if (at < 0) {
            ctx.setVariable(args.get(0), "");
            return before;
        }
        String head = before.substring(0, at);
        String tail = before.substring(at + 1);
        ctx.setVariable(args.get(0), shift ? tail : head);
        return shift ? head : tail;
    }

    private static boolean unshiftPush(EvalContext ctx, String name, String data, String value, boolean unshift) {
        AppArgs args = AppArgs.standard(data, 2);
        if (CStrings.isEmpty(args.get(0))) {
            LOG.warn("{} requires a variable name", name);
            return false;
        }
        char delim = ',';
        if (args.count() > 1 && !args.get(1).isEmpty()) {
            delim = delimiter(args.get(1), '\0');
        }
        String var = args.get(0);
        int underscores = 0;
        while (underscores < 2 && underscores < var.length() && var.charAt(underscores) == '_') {
            underscores++;
        }
        String previous = ctx.expandVariable(var.substring(underscores));
        String updated;
        String v = value == null ? "" : value;
        if (previous.isEmpty()) {
            updated = v;
        } else if (delim == 0) {
            // "%s%c%s" with a NUL delimiter: the C string ends at it
            updated = unshift ? v : previous;
        } else {
            updated = unshift ? v + delim + previous : previous + delim + v;
        }
        ctx.setVariable(var, updated);
        return true;
    }

    /** CUT(var,delim,fields): fields {@code n}, {@code a-b}, {@code -b}, {@code a-}, joined by {@code &}. */
    private static String cut(EvalContext ctx, String name, String data) {
        AppArgs args = AppArgs.standard(data, 3);
        if (args.count() < 3) {
            LOG.error("Syntax: CUT(<varname>,<char-delim>,<range-spec>) - missing argument!");
            return null;
        }
        String value = ctx.expandVariable(args.get(0));
        char delim = delimiter(args.get(1), '-');
        String ds = delim == 0 ? "" : String.valueOf(delim);
        StringBuilder out = new StringBuilder();
        if (value.isEmpty()) {
            return "";
        }
        int fieldNum = 1;
        String rest = value;
        int outCount = 0;
        String spec = args.get(2);
        int specAt = 0;
        while (rest != null && specAt >= 0) {
            int amp = spec.indexOf('&', specAt);
            String range = amp < 0 ? spec.substring(specAt) : spec.substring(specAt, amp);
            specAt = amp < 0 ? -1 : amp + 1;
            int[] bounds = rangeBounds(range);
            if (bounds == null) {
                LOG.error("Usage: CUT(<varname>,<char-delim>,<range-spec>)");
                return null;
            }
            while (rest != null && fieldNum < bounds[0]) {
                rest = nextField(rest, ds)[1];
                fieldNum++;
            }
            if (fieldNum > bounds[0]) {
                LOG.warn("We're already past the field you wanted?");
            }
            while (rest != null && fieldNum <= bounds[1]) {
                String[] f = nextField(rest, ds);
                if (outCount++ > 0) {
                    out.append(ds);
                }
                out.append(f[0]);
                rest = f[1];
                fieldNum++;
            }
        }
        return out.toString();
    }

    /** strsep: the field and what remains (null when it was the last). */
    private static String[] nextField(String s, String delim) {
        int i = delim.isEmpty() ? -1 : s.indexOf(delim.charAt(0));
        return i < 0 ? new String[] {s, null} : new String[] {s.substring(0, i), s.substring(i + 1)};
    }

    /** The four sscanf forms CUT tries, in order; null for an invalid spec. */
    private static int[] rangeBounds(String range) {
        CScan.IntScan start = CScan.scanDecimal(range, 0, 30);
        if (start != null && start.end() < range.length() && range.charAt(start.end()) == '-') {
            CScan.IntScan stop = CScan.scanDecimal(range, start.end() + 1, 30);
            if (stop != null) {
                return new int[] {start.value(), stop.value()};
            }
        }
        if (!range.isEmpty() && range.charAt(0) == '-') {
            CScan.IntScan stop = CScan.scanDecimal(range, 1, 30);
            if (stop != null) {
                return new int[] {1, stop.value()};
            }
        }
        if (start != null && start.end() < range.length() && range.charAt(start.end()) == '-') {
            return new int[] {start.value(), Integer.MAX_VALUE};
        }
        if (start != null) {
            return new int[] {start.value(), start.value()};
        }
        return null;
    }

    /** SORT(key:value,...): the keys ordered by their values read as C floats. */
    private static String sort(EvalContext ctx, String name, String data) {
        record Keyed(String key, float value) { }
        List<Keyed> items = new ArrayList<>();
        for (String pair : data.split(",", -1)) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                continue;
            }
            Double v = CScan.scanDouble(pair.substring(colon + 1));
            items.add(new Keyed(pair.substring(0, colon), v == null ? 0f : v.floatValue()));
        }
        // glibc's qsort is a merge sort here: equal values keep their order
        items.sort(Comparator.comparingDouble(Keyed::value));
        StringBuilder out = new StringBuilder();
        for (Keyed k : items) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(k.key());
        }
        return out.toString();
    }

    private static String hashVariable(String hashName, String key) {
        return "~HASH~" + hashName + "~" + key + "~";
    }

    /** HASH(name,key) reads {@code ~HASH~name~key~}. Limits: the one-argument form is not supported. */
    private static String hashRead(EvalContext ctx, String name, String data) {
        AppArgs args = AppArgs.standard(data, 2);
        if (args.count() == 2) {
            String v = ctx.getVariable(hashVariable(args.get(0), args.get(1)));
            return v == null ? "" : v;
        }
        if (!ctx.hasChannel()) {
            LOG.warn("No channel and only 1 parameter was provided to {} function.", name);
        }
        return null;
    }

    /** Set(HASH(name,key)=value), or the one-argument form fed by {@code ~ODBCFIELDS~}. */
    private static boolean hashWrite(EvalContext ctx, String name, String var, String value) {
        if (var.indexOf(',') < 0) {
            return array(ctx, "HASH", var, value);
        }
        AppArgs arg = AppArgs.standard(var, 2);
        ctx.setVariable(inheritedHashVariable(arg.get(0), arg.getOrEmpty(1)), value);
        return true;
    }

    private static String inheritedHashVariable(String hashName, String key) {
        if (hashName.startsWith("__")) {
            return "__" + hashVariable(hashName.substring(2), key);
        }
        if (hashName.startsWith("_")) {
            return "_" + hashVariable(hashName.substring(1), key);
        }
        return hashVariable(hashName, key);
    }

    /** Set(ARRAY(a,b,c)=1,2,3): up to 100 names, missing values set to "". */
    private static boolean array(EvalContext ctx, String cmd, String var, String value) {
        String names = var;
        String hashName = "";
        boolean hash = cmd.equals("HASH");
        if (hash) {
            String fields = ctx.getVariable("~ODBCFIELDS~");
            if (fields == null) {
                return false;
            }
            hashName = var;
            names = fields;
        }
        AppArgs vars = AppArgs.standard(names, 100);
        AppArgs values = AppArgs.standard(value == null ? "" : value, 100);
        for (int i = 0; i < vars.count(); i++) {
            if (i < values.count()) {
                ctx.setVariable(hash ? inheritedHashVariable(hashName, vars.get(i)) : vars.get(i), values.get(i));
            } else {
                ctx.setVariable(hash ? hashVariable(hashName, vars.get(i)) : vars.get(i), "");
            }
        }
        return true;
    }
}
