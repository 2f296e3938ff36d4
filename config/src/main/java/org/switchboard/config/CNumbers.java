package org.switchboard.config;

/**
 * C library number parsing as Asterisk uses it on config and header values, so odd input gives
 * Asterisk's answer rather than an exception.
 */
public final class CNumbers {
    private CNumbers() { }

    /** atoi: optional blanks, optional sign, digits; 0 when there are none; wraps like a C int. */
    public static int atoi(String s) {
        return (int) strtol(s, 10);
    }

    /**
     * sscanf "%i": base from the prefix ({@code 0x} hex, leading {@code 0} octal, else decimal);
     * returns null when no number could be read (sscanf matched nothing).
     */
    public static Integer scanInt(String s) {
        int i = skipBlanks(s, 0);
        int n = s.length();
        int start = i;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int base = 10;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0) {
            base = 16;
            i += 2;
        } else if (i < n && s.charAt(i) == '0') {
            base = 8;
        }
        long value = 0;
        int digits = 0;
        while (i < n) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0 || s.charAt(i) > 'z') {
                break;
            }
            value = value * base + d;
            if (value > 0xFFFFFFFFL) {
                value = 0xFFFFFFFFL;
            }
            digits++;
            i++;
        }
        if (digits == 0 && start == i) {
            return null;
        }
        if (digits == 0) {
            return null;
        }
        return (int) (negative ? -value : value);
    }

    /** strtol-like: blanks, sign, digits in {@code base}; stops at the first non-digit. */
    public static long strtol(String s, int base) {
        int i = skipBlanks(s, 0);
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < n) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0 || s.charAt(i) > 'z') {
                break;
            }
            value = value * base + d;
            if (value > Integer.MAX_VALUE * 4L) {
                value = Integer.MAX_VALUE * 4L;
            }
            i++;
        }
        return negative ? -value : value;
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
