package org.switchboard.pbx.dialplan.clib;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Asterisk's {@code ast_strftime} (localtime.c): its own {@code %q} / {@code %1q}..{@code %6q}
 * (fractions of a second) and then glibc's {@code strftime} in the C locale, with glibc's flags
 * ({@code _ - 0 ^ #}), field widths and the {@code E} / {@code O} modifiers (ignored in the C
 * locale). Unknown conversions are copied as written, as glibc does.
 *
 * <p>Limits: {@code %Z} uses Java's short zone names, which match the tz database abbreviations
 * for the common zones; {@code %s} is computed from the instant.
 */
public final class CStrftime {
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private CStrftime() { }

    /** Formats {@code instant} as seen in {@code zone}. */
    public static String format(String format, Instant instant, ZoneId zone) {
        long second = instant.getEpochSecond();
        Formatted last = lastFormatted;
        if (last != null && last.second() == second && last.format().equals(format) && last.zone().equals(zone)) {
            return last.text();
        }
        ZonedDateTime t = instant.atZone(zone);
        String withFractions = fractions(format, instant.getNano() / 1000);
        String text = strftime(withFractions, t, second);
        if (withFractions == format) {
            // no fractions: the text depends on the second alone
            lastFormatted = new Formatted(format, second, zone, text);
        }
        return text;
    }

    /**
     * The last text formatted without fractions of a second. Every CEL event and CDR of a call
     * formats the same few seconds with the same format; an immutable record read and replaced
     * whole, so any thread may use it.
     */
    private record Formatted(String format, long second, ZoneId zone, String text) { }

    private static volatile Formatted lastFormatted;

    /** ast_strftime's pre-pass: {@code %q} is milliseconds, {@code %<n>q} n digits of the second's fraction. */
    private static String fractions(String format, long micros) {
        if (format.indexOf('q') < 0) {
            return format;
        }
        StringBuilder out = new StringBuilder(format.length() + 8);
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char d = format.charAt(i + 1);
                int decimals = -1;
                int skip = 0;
                if (d >= '1' && d <= '6' && i + 2 < format.length() && format.charAt(i + 2) == 'q') {
                    decimals = d - '0';
                    skip = 2;
                } else if (d == 'q') {
                    decimals = 3;
                    skip = 1;
                }
                if (decimals > 0) {
                    long fraction = micros;
                    for (int k = 6; k > decimals; k--) {
                        fraction /= 10;
                    }
                    String digits = Long.toString(fraction);
                    out.append("0".repeat(Math.max(0, decimals - digits.length()))).append(digits);
                    i += skip;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String strftime(String f, ZonedDateTime t, long epochSecond) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = f.length();
        while (i < n) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            char pad = 0;
            boolean upper = false;
            boolean swapCase = false;
            while (i < n && "_-0^#".indexOf(f.charAt(i)) >= 0) {
                char flag = f.charAt(i);
                if (flag == '^') {
                    upper = true;
                } else if (flag == '#') {
                    swapCase = true;
                } else {
                    pad = flag;
                }
                i++;
            }
            int width = -1;
            while (i < n && CStrings.isDigit(f.charAt(i))) {
                width = Math.max(width, 0) * 10 + (f.charAt(i) - '0');
                i++;
            }
            while (i < n && (f.charAt(i) == 'E' || f.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(f, start, n);
                break;
            }
            char conv = f.charAt(i);
            i++;
            String piece = conversion(conv, t, epochSecond, pad, width, upper, swapCase);
            if (piece == null) {
                out.append(f, start, i);
            } else {
                out.append(piece);
            }
        }
        return out.toString();
    }

    private static String conversion(char conv, ZonedDateTime t, long epochSecond, char pad, int width,
                                     boolean upper, boolean swapCase) {
        int dow = t.getDayOfWeek().getValue() % 7;
        switch (conv) {
            case 'a':
                return text(DAYS[dow].substring(0, 3), pad, width, upper, swapCase);
            case 'A':
                return text(DAYS[dow], pad, width, upper, swapCase);
            case 'b':
            case 'h':
                return text(MONTHS[t.getMonthValue() - 1].substring(0, 3), pad, width, upper, swapCase);
            case 'B':
                return text(MONTHS[t.getMonthValue() - 1], pad, width, upper, swapCase);
            case 'c':
                return text(strftime("%a %b %e %H:%M:%S %Y", t, epochSecond), pad, width, upper, false);
            case 'C':
                return number(Math.floorDiv(t.getYear(), 100), 2, '0', pad, width);
            case 'd':
                return number(t.getDayOfMonth(), 2, '0', pad, width);
            case 'D':
            case 'x':
                return text(strftime("%m/%d/%y", t, epochSecond), pad, width, upper, false);
            case 'e':
                return number(t.getDayOfMonth(), 2, ' ', pad, width);
            case 'F':
                return text(strftime("%Y-%m-%d", t, epochSecond), pad, width, upper, false);
            case 'g':
                return number(Math.floorMod(t.get(IsoFields.WEEK_BASED_YEAR), 100), 2, '0', pad, width);
            case 'G':
                return number(t.get(IsoFields.WEEK_BASED_YEAR), 1, '0', pad, width);
            case 'H':
                return number(t.getHour(), 2, '0', pad, width);
            case 'I':
                return number(hour12(t), 2, '0', pad, width);
            case 'j':
                return number(t.getDayOfYear(), 3, '0', pad, width);
            case 'k':
                return number(t.getHour(), 2, ' ', pad, width);
            case 'l':
                return number(hour12(t), 2, ' ', pad, width);
            case 'm':
                return number(t.getMonthValue(), 2, '0', pad, width);
            case 'M':
                return number(t.getMinute(), 2, '0', pad, width);
            case 'n':
                return text("\n", pad, width, false, false);
            case 'p':
                return text(t.getHour() < 12 ? "AM" : "PM", pad, width, upper, swapCase);
            case 'P':
                return text(t.getHour() < 12 ? "am" : "pm", pad, width, upper, false);
            case 'r':
                return text(strftime("%I:%M:%S %p", t, epochSecond), pad, width, upper, false);
            case 'R':
                return text(strftime("%H:%M", t, epochSecond), pad, width, upper, false);
            case 's':
                return number(epochSecond, 1, '0', pad, width);
            case 'S':
                return number(t.getSecond(), 2, '0', pad, width);
            case 't':
                return text("\t", pad, width, false, false);
            case 'T':
            case 'X':
                return text(strftime("%H:%M:%S", t, epochSecond), pad, width, upper, false);
            case 'u':
                return number(t.getDayOfWeek().getValue(), 1, '0', pad, width);
            case 'U':
                return number((t.getDayOfYear() - 1 + 7 - dow) / 7, 2, '0', pad, width);
            case 'V':
                return number(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0', pad, width);
            case 'w':
                return number(dow, 1, '0', pad, width);
            case 'W':
                return number((t.getDayOfYear() - 1 + 7 - (t.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue())) / 7,
                        2, '0', pad, width);
            case 'y':
                return number(Math.floorMod(t.getYear(), 100), 2, '0', pad, width);
            case 'Y':
                return number(t.getYear(), 1, '0', pad, width);
            case 'z':
                return offset(t.getOffset().getTotalSeconds(), pad, width);
            case 'Z':
                return text(zoneName(t), pad, width, upper, swapCase);
            case '%':
                return text("%", pad, width, false, false);
            default:
                return null;
        }
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static String zoneName(ZonedDateTime t) {
        if (TimeZones.isUtc(t.getZone())) {
            return "UTC";
        }
        String name = ZONE_NAME.format(t);
        return name.equals("Z") ? "UTC" : name;
    }

    private static String number(long value, int digits, char defaultPad, char pad, int width) {
        String s = Long.toString(Math.abs(value));
        int w = width >= 0 ? width : digits;
        char fill = pad == 0 ? defaultPad : pad == '_' ? ' ' : pad == '0' ? '0' : 0;
        String sign = value < 0 ? "-" : "";
        if (fill == 0) {
            return sign + s;
        }
        int missing = w - s.length() - sign.length();
        if (missing <= 0) {
            return sign + s;
        }
        return fill == ' ' ? " ".repeat(missing) + sign + s : sign + "0".repeat(missing) + s;
    }

    private static String text(String s, char pad, int width, boolean upper, boolean swapCase) {
        String v = s;
        if (upper) {
            v = v.toUpperCase(Locale.ROOT);
        } else if (swapCase) {
            v = swap(v);
        }
        if (width > v.length()) {
            char fill = pad == '0' ? '0' : ' ';
            v = String.valueOf(fill).repeat(width - v.length()) + v;
        }
        return v;
    }

    private static String swap(String s) {
        boolean allUpper = s.equals(s.toUpperCase(Locale.ROOT));
        return allUpper ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT);
    }

    private static String offset(int totalSeconds, char pad, int width) {
        int abs = Math.abs(totalSeconds) / 60;
        String s = (totalSeconds < 0 ? "-" : "+") + String.format("%02d%02d", abs / 60, abs % 60);
        return width > s.length() ? s.charAt(0) + "0".repeat(width - s.length()) + s.substring(1) : s;
    }

    /** The day names, Sunday first, as the C locale spells them (shared with strptime). */
    static String dayName(int dow) {
        return DAYS[dow];
    }

    /** The month names, January first, as the C locale spells them (shared with strptime). */
    static String monthName(int month0) {
        return MONTHS[month0];
    }

    /** The epoch second of local fields interpreted in {@code zone}, as mktime does. */
    static long epochOf(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toEpochSecond();
    }
}
