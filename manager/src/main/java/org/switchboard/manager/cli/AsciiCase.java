package org.switchboard.manager.cli;

import java.util.Comparator;
import java.util.List;

/**
 * Case folding and joining as Asterisk's C code does them: {@code strcasecmp} folds ASCII letters
 * only, and {@code ast_join} cuts the joined words at its buffer size.
 */
final class AsciiCase {
    /** strcasecmp order: compares lower-cased ASCII, so {@code _} sorts before letters. */
    static final Comparator<String> ORDER = AsciiCase::compare;

    private AsciiCase() { }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    static String lower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(lower(s.charAt(i)));
        }
        return out.toString();
    }

    static boolean equal(String a, String b) {
        return a.length() == b.length() && compare(a, b) == 0;
    }

    static boolean startsWith(String text, String prefix) {
        return text.length() >= prefix.length() && compareFirst(text, prefix, prefix.length()) == 0;
    }

    static int compare(String a, String b) {
        return compareFirst(a, b, Integer.MAX_VALUE);
    }

    /** strncasecmp: the end of a string compares as a NUL, below every character. */
    static int compareFirst(String a, String b, int n) {
        for (int i = 0; i < n; i++) {
            int ca = i < a.length() ? lower(a.charAt(i)) : 0;
            int cb = i < b.length() ? lower(b.charAt(i)) : 0;
            if (ca != cb) {
                return ca - cb;
            }
            if (ca == 0) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Joins words with single spaces into a buffer of {@code bufferSize} bytes, keeping at most
     * {@code bufferSize - 1} characters (utils.c ast_join_delim; the CLI uses 80-byte buffers).
     */
    static String join(List<String> words, int bufferSize) {
        String joined = String.join(" ", words);
        return joined.length() < bufferSize ? joined : joined.substring(0, bufferSize - 1);
    }
}
