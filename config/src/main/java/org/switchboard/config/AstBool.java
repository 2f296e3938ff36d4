package org.switchboard.config;

/**
 * Asterisk's true and false words (utils.c ast_true / ast_false), compared without case:
 * true = yes, true, y, t, 1, on; false = no, false, n, f, 0, off. Anything else is neither.
 */
public final class AstBool {
    private AstBool() { }

    public static boolean isTrue(String s) {
        if (s == null) {
            return false;
        }
        return eq(s, "yes") || eq(s, "true") || eq(s, "y") || eq(s, "t") || eq(s, "1") || eq(s, "on");
    }

    public static boolean isFalse(String s) {
        if (s == null) {
            return false;
        }
        return eq(s, "no") || eq(s, "false") || eq(s, "n") || eq(s, "f") || eq(s, "0") || eq(s, "off");
    }

    private static boolean eq(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
