package org.switchboard.pbx.dialplan.clib;


/**
 * The number reading that Asterisk does with {@code sscanf}, {@code atoi} and {@code strtod}
 * (glibc behaviour): leading white space is skipped, a sign is allowed, reading stops at the first
 * char that does not fit, and "nothing read" is distinct from zero.
 */
public final class CScan {
    private CScan() { }

    /** The result of reading one number: its value and the index just after it. */
    public record IntScan(int value, int end) { }

    /** The result of reading one floating point number: its value and the index just after it. */
    public record DoubleScan(double value, int end) { }

    /**
     * sscanf {@code "%<width>d"} at {@code from}: blanks, optional sign, at least one digit (the
     * width counts sign and digits). Out-of-range values saturate like strtol and are then cut to
     * an int, as glibc does. Returns null when no number is there.
     */
    public static IntScan scanDecimal(String s, int from, int width) {
        int i = from;
        int n = s.length();
        while (i < n && CStrings.isSpace(s.charAt(i))) {
            i++;
        }
        int limit = (int) Math.min((long) i + width, n);
        boolean negative = false;
        if (i < limit && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        boolean saturated = false;
        while (i < limit && CStrings.isDigit(s.charAt(i))) {
            int d = s.charAt(i) - '0';
            if (!saturated) {
                if (value > (Long.MAX_VALUE - d) / 10) {
                    saturated = true;
                } else {
                    value = value * 10 + d;
                }
            }
            i++;
        }
        if (i == digitsStart) {
            return null;
        }
        long signed;
        if (saturated) {
            signed = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            signed = negative ? -value : value;
        }
        return new IntScan((int) signed, i);
    }

    /** sscanf(s, "%30d", &i) == 1 ? i : null. */
    public static Integer scanInt(String s) {
        if (s == null) {
            return null;
        }
        IntScan r = scanDecimal(s, 0, 30);
        return r == null ? null : r.value();
    }

    /** atoi: the leading decimal number, 0 when there is none. */
    public static int atoi(String s) {
        if (s == null) {
            return 0;
        }
        IntScan r = scanDecimal(s, 0, Integer.MAX_VALUE);
        return r == null ? 0 : r.value();
    }

    /**
     * strtod at {@code from}: blanks, sign, then a decimal number ({@code 12}, {@code 1.5},
     * {@code .5}, {@code 5.}, with an optional exponent), {@code inf}, {@code infinity} or
     * {@code nan}, ignoring case. Returns null when nothing could be read. Limits: hexadecimal
     * floats ({@code 0x1p3}) are read as 0 followed by other text.
     */
    public static DoubleScan strtod(String s, int from) {
        int end = decimalEnd(s, from);
        if (end < 0) {
            return null;
        }
        String text = s.substring(from, end).trim();
        double v;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.startsWith("inf")) {
            v = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (body.startsWith("nan")) {
            v = Double.NaN;
        } else {
            // rounded once, correctly, as glibc's strtod; any exponent is read, one beyond a double's
            // range giving strtod's infinity or zero (fuzz finding D1: BigDecimal refused "1e100000000000")
            v = Double.parseDouble(text);
        }
        return new DoubleScan(v, end);
    }

    /** sscanf(s, "%30lf", &d) == 1 ? d : null. */
    public static Double scanDouble(String s) {
        if (s == null) {
            return null;
        }
        DoubleScan r = strtod(s, 0);
        return r == null ? null : r.value();
    }

    /**
     * The end of the C floating point number starting at {@code from} (after blanks), or -1 when
     * none starts there. Shared with the extended precision reader of {@code $[...]}.
     */
    public static int decimalEnd(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && CStrings.isSpace(s.charAt(i))) {
            i++;
        }
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        if (regionMatchesIgnoreCase(s, i, "infinity")) {
            return i + 8;
        }
        if (regionMatchesIgnoreCase(s, i, "inf") || regionMatchesIgnoreCase(s, i, "nan")) {
            return i + 3;
        }
        int digits = 0;
        while (i < n && CStrings.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            int frac = 0;
            while (j < n && CStrings.isDigit(s.charAt(j))) {
                j++;
                frac++;
            }
            if (digits + frac == 0) {
                return -1;
            }
            i = j;
            digits += frac;
        }
        if (digits == 0) {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
                j++;
            }
            int expDigits = 0;
            while (j < n && CStrings.isDigit(s.charAt(j))) {
                j++;
                expDigits++;
            }
            if (expDigits > 0) {
                i = j;
            }
        }
        return i;
    }

    private static boolean regionMatchesIgnoreCase(String s, int at, String word) {
        return s.regionMatches(true, at, word, 0, word.length());
    }
}
