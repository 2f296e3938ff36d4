package org.switchboard.manager.cli.commands;

/** The few printf conversions Asterisk's CLI tables use, which java.util.Formatter lacks. */
final class CFormat {
    private CFormat() { }

    /** {@code %-W.Ps}: cut to {@code max} characters, then pad on the right to {@code width}. */
    static String left(String s, int width, int max) {
        String cut = s.length() > max ? s.substring(0, max) : s;
        StringBuilder b = new StringBuilder(Math.max(width, cut.length())).append(cut);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }

    /** {@code %-Ws}. */
    static String left(String s, int width) {
        return left(s, width, Integer.MAX_VALUE);
    }

    /** {@code %-W.Pd}: at least {@code digits} digits (zero-padded), then padded to {@code width}. */
    static String number(long n, int width, int digits) {
        String abs = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder();
        if (n < 0) {
            b.append('-');
        }
        for (int i = abs.length(); i < digits; i++) {
            b.append('0');
        }
        b.append(abs);
        return left(b.toString(), width);
    }

    static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
