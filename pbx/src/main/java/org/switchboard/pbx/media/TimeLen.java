package org.switchboard.pbx.media;

import org.switchboard.pbx.dialplan.clib.CScan;

/** app.c ast_app_parse_timelen: a length of time with an optional unit (h, m, s, ms). */
public final class TimeLen {
    /** The unit of a number without one. */
    public enum Unit { MILLISECONDS, SECONDS, MINUTES, HOURS }

    private TimeLen() { }

    /**
     * The length in milliseconds (capped at Integer.MAX_VALUE), or null when {@code text} is
     * null, does not start with a number, or has an unknown unit.
     */
    public static Integer parse(String text, Unit defaultUnit) {
        if (text == null) {
            return null;
        }
        CScan.DoubleScan amount = CScan.strtod(text, 0);
        if (amount == null) {
            return null;
        }
        Unit unit = defaultUnit;
        String rest = text.substring(amount.end());
        int i = 0;
        while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < rest.length() && !Character.isWhitespace(rest.charAt(j)) && j - i < 9) {
            j++;
        }
        String u = rest.substring(i, j);
        if (!u.isEmpty()) {
            char first = Character.toLowerCase(u.charAt(0));
            if (first == 'h' && u.length() == 1) {
                unit = Unit.HOURS;
            } else if (first == 's' && u.length() == 1) {
                unit = Unit.SECONDS;
            } else if (first == 'm' && u.length() == 1) {
                unit = Unit.MINUTES;
            } else if (first == 'm' && u.length() == 2 && Character.toUpperCase(u.charAt(1)) == 'S') {
                unit = Unit.MILLISECONDS;
            } else {
                return null;
            }
        }
        double ms = amount.value();
        switch (unit) {
            case HOURS: ms *= 3_600_000; break;
            case MINUTES: ms *= 60_000; break;
            case SECONDS: ms *= 1000; break;
            default: break;
        }
        return ms > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ms;
    }
}
