package org.switchboard.protocol;

/**
 * ASCII-only text helpers. Asterisk compares with strcasecmp/strncasecmp in the C locale, so only
 * A-Z/a-z fold; Java's ignore-case rules would also fold Latin-1 letters, which Asterisk does not.
 */
public final class Ascii {
    private Ascii() { }

    /** A "blank" in Asterisk's sense: any byte below 33 (ast_skip_blanks, ast_trim_blanks). */
    public static boolean isBlank(char c) {
        return c < 33;
    }

    public static char toLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    public static boolean equalsIgnoreCase(String a, String b) {
        return a.length() == b.length() && regionMatchesIgnoreCase(a, 0, b, 0, a.length());
    }

    /** strncasecmp over {@code len} characters; false if either string is too short. */
    public static boolean regionMatchesIgnoreCase(String a, int aFrom, String b, int bFrom, int len) {
        if (aFrom + len > a.length() || bFrom + len > b.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (toLower(a.charAt(aFrom + i)) != toLower(b.charAt(bFrom + i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean startsWithIgnoreCase(String s, String prefix) {
        return regionMatchesIgnoreCase(s, 0, prefix, 0, prefix.length());
    }

    /** Skips leading blanks (ast_skip_blanks). */
    public static String skipBlanks(String s) {
        int i = 0;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i == 0 ? s : s.substring(i);
    }

    /** Removes trailing blanks (ast_trim_blanks). */
    public static String trimBlanks(String s) {
        int end = s.length();
        while (end > 0 && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /** Both ends (ast_strip). */
    public static String strip(String s) {
        return trimBlanks(skipBlanks(s));
    }

    public static String toLowerCase(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = toLower(c);
            if (l != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(l);
            }
        }
        return b == null ? s : b.toString();
    }
}
