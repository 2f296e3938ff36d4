package org.switchboard.pbx.apps;

/** C's atoi and friends, as applications parse their numeric arguments. */
final class Numbers {
    private Numbers() { }

    /** atoi: optional blanks and sign, then digits; 0 when there are none; saturates. */
    static int atoi(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            value = Math.min(value * 10 + (s.charAt(i) - '0'), (long) Integer.MAX_VALUE + 1);
            i++;
        }
        value = negative ? -value : value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    /**
     * ast_app_parse_timelen in seconds: a decimal number of seconds (an "ms" suffix means
     * milliseconds); -1 when it is not a number.
     */
    static long parseSecondsToMillis(String data) {
        String s = data.trim();
        if (s.isEmpty()) {
            return -1;
        }
        double factor = 1000;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        int unitAt = firstNonNumeric(lower);
        String unit = lower.substring(unitAt).trim();
        String number = lower.substring(0, unitAt);
        switch (unit) {
            case "": case "s": factor = 1000; break;
            case "ms": factor = 1; break;
            case "m": factor = 60_000; break;
            case "h": factor = 3_600_000; break;
            default: return -1;
        }
        try {
            return Math.round(Double.parseDouble(number) * factor);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int firstNonNumeric(String s) {
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-'
                || s.charAt(i) == '+')) {
            i++;
        }
        return i;
    }
}
