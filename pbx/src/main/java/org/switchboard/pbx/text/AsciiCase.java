package org.switchboard.pbx.text;

/**
 * strcasecmp and tolower as Asterisk runs them (C locale): only the ASCII letters A-Z fold, every
 * other byte of a byte string stays as it is.
 */
public final class AsciiCase {
    private AsciiCase() { }

    /** strcasecmp(a, b) == 0. */
    public static boolean equal(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** strncasecmp(s, prefix, strlen(prefix)) == 0. */
    public static boolean startsWith(String s, String prefix) {
        return s.length() >= prefix.length() && equal(s.substring(0, prefix.length()), prefix);
    }

    /** ast_str_to_lower. */
    public static String lower(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char l = lower(c);
            if (l != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, l);
            }
        }
        return b == null ? s : b.toString();
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
