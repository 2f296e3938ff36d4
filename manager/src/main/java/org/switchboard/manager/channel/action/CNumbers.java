package org.switchboard.manager.channel.action;

/** How manager.c reads numbers from headers (sscanf "%30d", strtol). */
public final class CNumbers {
    private CNumbers() { }

    /**
     * sscanf(s, "%30d"): leading blanks, an optional sign, then at least one digit (at most 30
     * characters in all); what follows is ignored. Null when there is no number.
     */
    public static Integer scanInt(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsFrom = i;
        long value = 0;
        while (i < n && i - start < 30 && Character.isDigit(s.charAt(i))) {
            value = value * 10 + (s.charAt(i) - '0');
            if (value > (long) Integer.MAX_VALUE + 1) {
                value = (long) Integer.MAX_VALUE + 1;
            }
            i++;
        }
        if (i == digitsFrom) {
            return null;
        }
        long signed = negative ? -value : value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed));
    }

    /** strtol(s, &end, 10) with the whole string consumed; null otherwise. */
    static Long strictLong(String s) {
        String t = s.stripLeading();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
