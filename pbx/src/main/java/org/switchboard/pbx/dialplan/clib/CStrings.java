package org.switchboard.pbx.dialplan.clib;

/**
 * The string helpers of Asterisk's {@code strings.h} and the C library, on byte strings (Java
 * strings whose chars are bytes 0..255). Each method answers what the C function would.
 */
public final class CStrings {
    private CStrings() { }

    /** C {@code isspace} in the C locale: space, \t, \n, \v, \f, \r. */
    public static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** C {@code isdigit}. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ast_skip_blanks: the index of the first char at or above 33 (every control char and space is a blank). */
    public static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) < 33) {
            i++;
        }
        return i;
    }

    /** ast_strip: drops leading and trailing chars below 33. */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        int start = skipBlanks(s, 0);
        int end = s.length();
        while (end > start && s.charAt(end - 1) < 33) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** ast_skip_blanks on a whole string. */
    public static String skipBlanks(String s) {
        if (s == null) {
            return null;
        }
        int start = skipBlanks(s, 0);
        return start == 0 ? s : s.substring(start);
    }

    /**
     * ast_strip_quoted (utils.c): strips blanks, then one pair of matching quotes when the first
     * char is one of {@code beg} and the last the corresponding one of {@code end}.
     */
    public static String stripQuoted(String s, String beg, String end) {
        String t = strip(s);
        if (t.isEmpty()) {
            return t;
        }
        int q = beg.indexOf(t.charAt(0));
        if (q >= 0 && t.charAt(t.length() - 1) == end.charAt(q)) {
            // a lone quote char is both the opening and closing one: Asterisk leaves ""
            return t.length() == 1 ? "" : t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** ast_strlen_zero: null or empty. */
    public static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** S_OR(a, b): {@code a} unless it is null or empty. */
    public static String or(String a, String b) {
        return isEmpty(a) ? b : a;
    }

    /** ast_true (utils.c): yes, true, y, t, 1, on, ignoring ASCII case. */
    public static boolean isTrue(String s) {
        if (isEmpty(s)) {
            return false;
        }
        return s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("y")
                || s.equalsIgnoreCase("t") || s.equalsIgnoreCase("1") || s.equalsIgnoreCase("on");
    }

    /** C {@code toupper} in the C locale (ASCII letters only). */
    public static char toUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    /** C {@code tolower} in the C locale (ASCII letters only). */
    public static char toLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** strcasecmp == 0 for ASCII letters. */
    public static boolean equalsIgnoreAsciiCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (toLower(a.charAt(i)) != toLower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** strcmp on byte strings: compares unsigned bytes, a prefix sorts first. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = (a.charAt(i) & 0xff) - (b.charAt(i) & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return a.length() - b.length();
    }

    /** A C string ends at its first NUL. */
    public static String asCString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** Truncates to at most {@code max} chars, as copying into a buffer of {@code max + 1} bytes does. */
    public static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max));
    }
}
