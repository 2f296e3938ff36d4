package org.switchboard.pbx.dialplan.timing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.clib.TimeZones;

/**
 * A time condition {@code <times>,<weekdays>,<mdays>,<months>[,<timezone>]} as used by
 * {@code include => ctx,...}, GotoIfTime, ExecIfTime and IFTIME (pbx_timing.c
 * {@code ast_build_timing}, {@code ast_check_timing2}). {@code |} separates fields as well as
 * {@code ,}.
 *
 * <ul>
 *   <li>times: {@code *}, {@code HH:MM} or {@code HH:MM-HH:MM} (inclusive, wrapping past
 *       midnight), several joined by {@code &}; kept to the minute;</li>
 *   <li>weekdays ({@code sun}..{@code sat} or 1..7 with 1 = Sunday), month days (1..31) and
 *       months ({@code jan}..{@code dec} or 1..12): {@code *}, a value or a cyclic range
 *       {@code a-b}, joined by {@code &}; names ignore case;</li>
 *   <li>bad elements are skipped with Asterisk's warnings; a missing field means "any".</li>
 * </ul>
 *
 * Immutable.
 */
public final class Timing {
    private static final Logger LOG = LoggerFactory.getLogger(Timing.class);

    private static final String[] DAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};

    private final int[] minuteMask;
    private final int weekdayMask;
    private final int dayMask;
    private final int monthMask;
    private final String timezone;
    private final String spec;

    private Timing(String spec, int[] minuteMask, int weekdayMask, int dayMask, int monthMask, String timezone) {
        this.spec = spec;
        this.minuteMask = minuteMask;
        this.weekdayMask = weekdayMask;
        this.dayMask = dayMask;
        this.monthMask = monthMask;
        this.timezone = timezone;
    }

    /**
     * ast_build_timing: null for an empty spec (Asterisk's "no timing"), otherwise the condition,
     * with warnings logged for the elements it skips.
     */
    public static Timing parse(String spec) {
        if (CStrings.isEmpty(spec)) {
            return null;
        }
        int fields = 1;
        int lastSeparator = -1;
        for (int j = 0; j < spec.length(); j++) {
            char c = spec.charAt(j);
            if (c == '|' || c == ',') {
                lastSeparator = j;
                fields++;
            }
        }
        // the time zone is only taken from exactly five fields
        String zone = fields == 5 ? spec.substring(lastSeparator + 1) : null;
        Fields f = new Fields(spec);
        int[] minutes = timeRange(f.next());
        int dow = 0x7f;
        int days = 0x7fffffff;
        int months = 0xfff;
        if (f.hasMore()) {
            dow = range(f.next(), 7, DAYS, "day of week");
        }
        if (f.hasMore()) {
            days = range(f.next(), 31, null, "day");
        }
        if (f.hasMore()) {
            months = range(f.next(), 12, MONTHS, "month");
        }
        return new Timing(spec, minutes, dow, days, months, zone);
    }

    /**
     * ast_check_timing2: whether {@code instant}, seen in this timing's zone (or
     * {@code systemZone} when it names none), satisfies every field.
     */
    public boolean matches(Instant instant, ZoneId systemZone) {
        ZonedDateTime t = instant.atZone(TimeZones.resolve(timezone, systemZone));
        if ((monthMask & (1 << (t.getMonthValue() - 1))) == 0) {
            return false;
        }
        if ((dayMask & (1 << (t.getDayOfMonth() - 1))) == 0) {
            return false;
        }
        if ((weekdayMask & (1 << (t.getDayOfWeek().getValue() % 7))) == 0) {
            return false;
        }
        int minute = t.getMinute();
        return (minuteMask[t.getHour() * 2 + (minute >= 30 ? 1 : 0)] & (1 << (minute % 30))) != 0;
    }

    /** The zone named in the fifth field, or null. */
    public String timezone() {
        return timezone;
    }

    /** The text this timing was built from. */
    public String spec() {
        return spec;
    }

    @Override
    public String toString() {
        return spec;
    }

    /** strsep(&info, "|,") over the spec. */
    private static final class Fields {
        private final String s;
        private int at;

        Fields(String s) {
            this.s = s;
        }

        boolean hasMore() {
            return at >= 0;
        }

        String next() {
            int end = at;
            while (end < s.length() && s.charAt(end) != '|' && s.charAt(end) != ',') {
                end++;
            }
            String field = s.substring(at, end);
            at = end < s.length() ? end + 1 : -1;
            return field;
        }
    }

    /** get_timerange: one bit per minute, 48 half-hours of 30 bits. */
    private static int[] timeRange(String times) {
        int[] mask = new int[48];
        if (times.isEmpty() || times.equals("*")) {
            Arrays.fill(mask, 0x3fffffff);
            return mask;
        }
        for (String part : times.split("&", -1)) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                int[] hm = hourMinute(part);
                if (hm == null) {
                    LOG.warn("{} isn't a valid time.", part);
                    continue;
                }
                mask[hm[0] * 2 + (hm[1] >= 30 ? 1 : 0)] |= 1 << (hm[1] % 30);
                continue;
            }
            String start = part.substring(0, dash);
            int e = dash + 1;
            // non-digits after the dash are skipped (mostly blanks)
            while (e < part.length() && !CStrings.isDigit(part.charAt(e))) {
                e++;
            }
            if (e >= part.length()) {
                LOG.warn("Invalid time range starting with '{}-'.", start);
                continue;
            }
            String endText = part.substring(e);
            int[] from = hourMinute(start);
            if (from == null) {
                LOG.warn("'{}' isn't a valid start time.", start);
                continue;
            }
            int[] to = hourMinute(endText);
            if (to == null) {
                LOG.warn("'{}' isn't a valid end time.", endText);
                continue;
            }
            int x = from[0] * 60 + from[1];
            int last = to[0] * 60 + to[1];
            for (; x != last; x = (x + 1) % (24 * 60)) {
                mask[x / 30] |= 1 << (x % 30);
            }
            mask[x / 30] |= 1 << (x % 30);
        }
        return mask;
    }

    /** sscanf "%2d:%2d" with the hour 0..23 and the minute 0..59; null otherwise. */
    private static int[] hourMinute(String s) {
        CScan.IntScan h = CScan.scanDecimal(s, 0, 2);
        if (h == null || h.end() >= s.length() || s.charAt(h.end()) != ':') {
            return null;
        }
        CScan.IntScan m = CScan.scanDecimal(s, h.end() + 1, 2);
        if (m == null || h.value() < 0 || h.value() > 23 || m.value() < 0 || m.value() > 59) {
            return null;
        }
        return new int[] {h.value(), m.value()};
    }

    /** get_range: a bit mask of {@code max} bits; ranges wrap around. */
    private static int range(String src, int max, String[] names, String what) {
        if (src.isEmpty() || src.equals("*")) {
            return (int) ((1L << max) - 1);
        }
        int mask = 0;
        for (String part : src.split("&", -1)) {
            int dash = part.indexOf('-');
            String startText = dash < 0 ? part : part.substring(0, dash);
            int start = lookup(startText, names, max);
            if (start < 0) {
                LOG.warn("Invalid {} '{}', skipping element", what, startText);
                continue;
            }
            int end = start;
            if (dash >= 0) {
                String endText = part.substring(dash + 1);
                end = lookup(endText, names, max);
                if (end < 0) {
                    LOG.warn("Invalid end {} '{}', skipping element", what, endText);
                    continue;
                }
            }
            mask |= 1 << end;
            while (start != end) {
                mask |= 1 << start;
                if (++start >= max) {
                    start = 0;
                }
            }
        }
        return mask;
    }

    /** lookup_name: a name's index (when the text starts above '9'), else 1-based number - 1. */
    private static int lookup(String s, String[] names, int max) {
        if (names != null && !s.isEmpty() && s.charAt(0) > '9') {
            for (int i = 0; i < names.length; i++) {
                if (CStrings.equalsIgnoreAsciiCase(s, names[i])) {
                    return i;
                }
            }
        }
        CScan.IntScan v = CScan.scanDecimal(s, 0, 2);
        if (v != null && v.value() >= 1 && v.value() <= max) {
            return v.value() - 1;
        }
        return -1;
    }
}
