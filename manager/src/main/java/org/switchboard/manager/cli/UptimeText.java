package org.switchboard.manager.cli;

/**
 * Asterisk's uptime wording (cli.c print_uptimestr): years of 365 days, weeks, days, hours,
 * minutes and seconds, comma-separated, singular for 1. A unit is only used when the time left
 * is strictly greater than one unit, so exactly 60 seconds reads {@code 60 seconds} and exactly one
 * hour {@code 60 minutes}.
 */
final class UptimeText {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    private static final long YEAR = 365 * DAY;

    private static final long[] UNITS = {YEAR, WEEK, DAY, HOUR, MINUTE};
    private static final String[] NAMES = {"year", "week", "day", "hour", "minute"};

    private UptimeText() { }

    static String describe(long seconds) {
        StringBuilder out = new StringBuilder();
        long left = seconds;
        for (int i = 0; i < UNITS.length; i++) {
            if (left > UNITS[i]) {
                long count = left / UNITS[i];
                left -= count * UNITS[i];
                out.append(count).append(' ').append(NAMES[i]).append(plural(count)).append(left != 0 ? ", " : "");
            }
        }
        if (left > 0 || out.length() == 0) {
            out.append(left).append(" second").append(plural(left));
        }
        return out.toString();
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
