package org.switchboard.pbx.channel;

import org.switchboard.pbx.dialplan.pattern.ExtensionNames;

/**
 * Splits a caller id string such as {@code "Alice" <100>} into name and number (callerid.c
 * ast_callerid_parse): the number between the last angle brackets, a quoted or bare name before
 * it; a string without brackets is a number when it looks like one, else a name.
 */
public final class CallerIdParser {
    /** The parts found; each may be null. */
    public record CallerId(String name, String number) { }

    private CallerIdParser() { }

    public static CallerId parse(String input) {
        String instr = strip(input);
        String unquoted = stripQuoted(instr);
        boolean quotesStripped = !unquoted.equals(instr);
        instr = unquoted;
        String name;
        String location;
        int ls = instr.lastIndexOf('<');
        if (ls >= 0) {
            String after = instr.substring(ls + 1);
            int le = after.lastIndexOf('>');
            location = le >= 0 ? after.substring(0, le) : after;
            name = stripQuoted(instr.substring(0, ls));
        } else {
            String shrunk = ExtensionNames.shrinkPhoneNumber(instr);
            if (!quotesStripped && isPhoneNumber(shrunk)) {
                name = null;
                location = shrunk;
            } else {
                location = null;
                name = stripQuoted(instr);
            }
        }
        return new CallerId(name == null ? null : unescapeQuoted(name), location);
    }

    /** ast_isphonenumber: non-empty, only digits, '*', '#' and '+'. */
    public static boolean isPhoneNumber(String n) {
        if (n == null || n.isEmpty()) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            if ("0123456789*#+".indexOf(n.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    // ast_strip: C isspace on both ends
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    // ast_strip_quoted with '"' on both sides
    static String stripQuoted(String s) {
        String t = strip(s);
        if (t.length() >= 1 && t.charAt(0) == '"') {
            if (t.length() >= 2 && t.charAt(t.length() - 1) == '"') {
                return t.substring(1, t.length() - 1);
            }
            if (t.length() == 1) {
                return "";
            }
        }
        return t;
    }

    // ast_unescape_quoted: a backslash keeps the next character as it is
    static String unescapeQuoted(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                b.append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }
}
