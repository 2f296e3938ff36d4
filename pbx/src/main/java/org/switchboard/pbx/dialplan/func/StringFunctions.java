package org.switchboard.pbx.dialplan.func;

import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.clib.DialplanRegex;
import org.switchboard.pbx.dialplan.clib.EncodedChars;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.dialplan.eval.Substitution;

/**
 * The text functions of func_strings.c: LEN, QUOTE, CSV_QUOTE, TOUPPER, TOLOWER, FILTER,
 * REPLACE, STRREPLACE, STRBETWEEN, TRIM, LTRIM, RTRIM, REGEX, KEYPADHASH, PASSTHRU and EVAL.
 * Functions that take a variable name ({@code REPLACE(var,...)}) expand {@code ${var}} themselves.
 */
public final class StringFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(StringFunctions.class);
    /** The workspace a function read fills (VAR_BUF_SIZE). */
    private static final int BUFFER = 4096;

    private StringFunctions() { }

    /** The functions of this group. */
    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readOnly("LEN", (ctx, name, data) -> Integer.toString(data.length())),
                DialplanFunction.readOnly("QUOTE", StringFunctions::quote),
                DialplanFunction.readOnly("CSV_QUOTE", StringFunctions::csvQuote),
                DialplanFunction.readOnly("TOUPPER", (ctx, name, data) -> mapChars(data, true)),
                DialplanFunction.readOnly("TOLOWER", (ctx, name, data) -> mapChars(data, false)),
                DialplanFunction.readOnly("FILTER", StringFunctions::filter),
                DialplanFunction.readOnlyString("REPLACE", StringFunctions::replace),
                DialplanFunction.readOnlyString("STRREPLACE", StringFunctions::strReplace),
                DialplanFunction.readOnlyString("STRBETWEEN", StringFunctions::strBetween),
                DialplanFunction.readOnly("TRIM", (ctx, name, data) -> data.isEmpty() ? null : rtrim(ltrim(data))),
                DialplanFunction.readOnly("LTRIM", (ctx, name, data) -> data.isEmpty() ? null : ltrim(data)),
                DialplanFunction.readOnly("RTRIM", (ctx, name, data) -> data.isEmpty() ? null : rtrim(data)),
                DialplanFunction.readOnly("REGEX", StringFunctions::regex),
                DialplanFunction.readOnly("KEYPADHASH", StringFunctions::keypadHash),
                DialplanFunction.readOnlyString("PASSTHRU", (ctx, name, data) -> data),
                DialplanFunction.readOnly("EVAL", StringFunctions::eval));
    }

    /** QUOTE: in double quotes, with {@code \} and {@code "} escaped by a backslash. */
    private static String quote(EvalContext ctx, String name, String data) {
        if (data.isEmpty()) {
            LOG.warn("No argument specified!");
            return "\"\"";
        }
        StringBuilder out = new StringBuilder(data.length() + 2).append('"');
        for (int i = 0; i < data.length() && out.length() < BUFFER - 3; i++) {
            char c = data.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** CSV_QUOTE: in double quotes, with {@code "} doubled. */
    private static String csvQuote(EvalContext ctx, String name, String data) {
        if (data.isEmpty()) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder(data.length() + 2).append('"');
        for (int i = 0; i < data.length() && out.length() < BUFFER - 3; i++) {
            char c = data.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static String mapChars(String data, boolean upper) {
        StringBuilder out = new StringBuilder(data.length());
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            out.append(upper ? CStrings.toUpper(c) : CStrings.toLower(c));
        }
        return out.toString();
    }

    /** FILTER(allowed,string): keeps the chars of {@code string} listed (with ranges and escapes) in {@code allowed}. */
    private static String filter(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.standardRaw(parse, 2);
        String allowedSpec = args.get(0);
        String string = args.get(1);
        if (string == null) {
            LOG.error("Usage: FILTER(<allowed-chars>,<string>)");
            return null;
        }
        if (!allowedSpec.isEmpty() && allowedSpec.charAt(0) == '"') {
            LOG.warn("FILTER allowed characters includes the quote (\") character.  This may not be what you want.");
        }
        boolean[] allowed = new boolean[256];
        int i = 0;
        while (i < allowedSpec.length()) {
            EncodedChars.Decoded c1 = EncodedChars.decode(allowedSpec, i);
            if (c1 == null) {
                return null;
            }
            i += c1.consumed();
            if (i < allowedSpec.length() && allowedSpec.charAt(i) == '-') {
                EncodedChars.Decoded c2 = EncodedChars.decode(allowedSpec, i + 1);
                int last = c2 == null ? c1.value() : c2.value();
                i += (c2 == null ? 0 : c2.consumed()) + 1;
                if (last < c1.value()) {
                    LOG.warn("Range wrapping in FILTER({},{}).  This may not be what you want.", allowedSpec, string);
                }
                // the range wraps through 255 back to 0, as the unsigned char loop does
                int ac = c1.value();
                while (ac != last) {
                    allowed[ac] = true;
                    ac = (ac + 1) & 0xff;
                }
                allowed[ac] = true;
            } else {
                allowed[c1.value()] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < string.length() && out.length() < BUFFER - 1; k++) {
            char c = string.charAt(k);
            if (c != 0 && c < 256 && allowed[c]) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** REPLACE(var,find-chars[,replace-char]). */
    private static String replace(EvalContext ctx, String name, String data) {
        AppArgs args = AppArgs.standard(data, 3);
        if (args.count() < 2) {
            LOG.error("Usage: {}(<varname>,<search-chars>[,<replace-char>])", name);
            return null;
        }
        String find = EncodedChars.decodeString(args.get(1), 255);
        EncodedChars.Decoded rep = EncodedChars.decode(args.get(2), 0);
        String replacement = rep == null || rep.value() == 0 ? "" : String.valueOf(rep.value());
        if (find.isEmpty() || CStrings.isEmpty(args.get(0))) {
            LOG.error("The characters to search for and the variable name must not be empty.");
            return null;
        }
        String value = ctx.expandVariable(args.get(0));
        if (value.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (find.indexOf(c) >= 0) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** STRREPLACE(var,find[,replace[,max]]). */
    private static String strReplace(EvalContext ctx, String name, String data) {
        AppArgs args = AppArgs.standard(data, 5);
        if (args.count() < 2) {
            LOG.error("Usage: {}(<varname>,<find-string>[,<replace-string>,[<max-replacements>]])", name);
            return null;
        }
        if (CStrings.isEmpty(args.get(0))) {
            return null;
        }
        String find = args.get(1);
        if (find.isEmpty()) {
            LOG.error("No <find-string> specified");
            return null;
        }
        String value = ctx.expandVariable(args.get(0));
        long max = -1;
        if (args.get(3) != null) {
            int m = CScan.atoi(args.get(3));
            if (m > 0) {
                max = m;
            }
        }
        String replacement = args.get(2);
        StringBuilder out = new StringBuilder(value.length());
        int start = 0;
        for (long count = 0; max < 0 || count < max; count++) {
            int end = value.indexOf(find, start);
            if (end < 0) {
                break;
            }
            out.append(value, start, end);
            if (replacement != null) {
                out.append(replacement);
            }
            start = end + find.length();
        }
        return out.append(value, start, value.length()).toString();
    }

    /** STRBETWEEN(var,insert). */
    private static String strBetween(EvalContext ctx, String name, String data) {
        AppArgs args = AppArgs.standard(data, 3);
        if (args.count() != 2 || CStrings.isEmpty(args.get(0))) {
            LOG.error("Usage: {}(<varname>,<insert-string>)", name);
            return null;
        }
        String value = ctx.expandVariable(args.get(0));
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < value.length(); c++) {
            out.append(value.charAt(c));
            if (c < value.length() - 1) {
                out.append(args.get(1));
            }
        }
        return out.toString();
    }

    private static String ltrim(String s) {
        int i = 0;
        while (i < s.length() && CStrings.isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** func_strings' rtrim macro: it never removes the first char, so RTRIM of blanks leaves one. */
    private static String rtrim(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int back = s.length();
        do {
            back--;
        } while (back != 0 && CStrings.isSpace(s.charAt(back)));
        return s.substring(0, back + 1);
    }

    /** REGEX("regex" string): 1 when the POSIX ERE matches anywhere in string. */
    private static String regex(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.nonstandard(parse, '"', 3);
        if (args.count() != 3) {
            LOG.error("Unexpected arguments: should have been in the form '\"<regex>\" <string>'");
            return null;
        }
        String str = args.get(2);
        if (!str.isEmpty() && (str.charAt(0) == ' ' || str.charAt(0) == '\t')) {
            str = str.substring(1);
        }
        Pattern p;
        try {
            p = DialplanRegex.compile(args.get(1), false);
        } catch (DialplanRegex.SyntaxException e) {
            LOG.warn("Malformed input {}({}): {}", name, args.get(0), e.getMessage());
            return null;
        }
        return p.matcher(str).find() ? "1" : "0";
    }

    /** KEYPADHASH: letters to their telephone keypad digits; other chars dropped. */
    private static String keypadHash(EvalContext ctx, String name, String data) {
        StringBuilder out = new StringBuilder(data.length());
        for (int i = 0; i < data.length() && out.length() < BUFFER - 1; i++) {
            char c = data.charAt(i);
            char digit = keypad(c);
            if (digit != 0) {
                out.append(digit);
            }
        }
        return out.toString();
    }

    private static char keypad(char c) {
        if (c == '1' || c == '0') {
            return c;
        }
        String[] groups = {"AaBbCc2", "DdEeFf3", "GgHhIi4", "JjKkLl5", "MmNnOo6", "PpQqRrSs7", "TtUuVv8", "WwXxYyZz9"};
        for (int g = 0; g < groups.length; g++) {
            if (c != 0 && groups[g].indexOf(c) >= 0) {
                return (char) ('2' + g);
            }
        }
        return 0;
    }

    /** EVAL: substitutes its (already substituted) argument once more. */
    private static String eval(EvalContext ctx, String name, String data) {
        if (data.isEmpty()) {
            LOG.warn("EVAL requires an argument: EVAL(<string>)");
            return null;
        }
        return Substitution.substitute(ctx, data, BUFFER - 1);
    }
}
