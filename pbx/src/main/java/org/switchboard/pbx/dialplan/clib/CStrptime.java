package org.switchboard.pbx.dialplan.clib;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * glibc's {@code strptime} in the C locale followed by Asterisk's {@code ast_mktime} (STRPTIME in
 * func_strings.c): fields not in the format keep the zero of a cleared {@code struct tm} (year
 * 1900, January, day 0, which mktime turns into December 31 of 1899), and the result is the epoch
 * second of those local fields in the given zone.
 *
 * <p>Conversions: {@code %Y %y %C %m %d %e %H %k %I %l %M %S %j %p %b %B %h %a %A %T %D %R %F
 * %n %t %z %Z %%}; white space in the format matches any run of white space. Limits: {@code %U},
 * {@code %W}, {@code %V}, {@code %G}, {@code %g} and {@code %s} are not read (the parse fails).
 */
public final class CStrptime {
    private CStrptime() { }

    /** The broken-down time strptime fills (only what mktime needs). */
    private static final class Tm {
        int year = 1900;
        int month;
        int mday;
        int hour;
        int minute;
        int second;
        int yday = -1;
        boolean pm;
        boolean twelveHour;
        int century = -1;
        int yearInCentury = -1;
        Integer offsetSeconds;
    }

    /**
     * Parses {@code text} with {@code format} and converts it as ast_mktime does in {@code zone};
     * null when strptime fails.
     */
    public static Long parseEpoch(String text, String format, ZoneId zone) {
        Tm tm = new Tm();
        if (parse(text, 0, format, tm) < 0) {
            return null;
        }
        int year = tm.year;
        if (tm.yearInCentury >= 0) {
            year = tm.century >= 0 ? tm.century * 100 + tm.yearInCentury
                    : tm.yearInCentury < 69 ? 2000 + tm.yearInCentury : 1900 + tm.yearInCentury;
        } else if (tm.century >= 0) {
            year = tm.century * 100;
        }
        int hour = tm.hour;
        if (tm.twelveHour) {
            hour = hour % 12 + (tm.pm ? 12 : 0);
        }
        LocalDateTime local = LocalDateTime.of(year, 1, 1, 0, 0);
        if (tm.yday >= 0 && tm.mday == 0 && tm.month == 0) {
            local = local.plusDays(tm.yday);
        } else {
            local = local.plusMonths(tm.month).plusDays(tm.mday - 1L);
        }
        local = local.plusHours(hour).plusMinutes(tm.minute).plusSeconds(tm.second);
        return CStrftime.epochOf(local, zone);
    }

    private static int parse(String s, int at, String f, Tm tm) {
        int p = at;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (CStrings.isSpace(c)) {
                p = skipSpace(s, p);
                continue;
            }
            if (c != '%') {
                if (p >= s.length() || s.charAt(p) != c) {
                    return -1;
                }
                p++;
                continue;
            }
            i++;
            while (i < f.length() && (f.charAt(i) == 'E' || f.charAt(i) == 'O')) {
                i++;
            }
            if (i >= f.length()) {
                return -1;
            }
            p = conversion(f.charAt(i), s, p, tm);
            if (p < 0) {
                return -1;
            }
        }
        return p;
    }

    private static int conversion(char conv, String s, int p, Tm tm) {
        switch (conv) {
            case '%':
                return p < s.length() && s.charAt(p) == '%' ? p + 1 : -1;
            case 'n':
            case 't':
                return skipSpace(s, p);
            case 'Y':
                return number(s, p, 0, 9999, 4, v -> tm.year = v);
            case 'y':
                return number(s, p, 0, 99, 2, v -> tm.yearInCentury = v);
            case 'C':
                return number(s, p, 0, 99, 2, v -> tm.century = v);
            case 'm':
                return number(s, p, 1, 12, 2, v -> tm.month = v - 1);
            case 'd':
            case 'e':
                return number(s, p, 1, 31, 2, v -> tm.mday = v);
            case 'H':
            case 'k':
                return number(s, p, 0, 23, 2, v -> {
                    tm.hour = v;
                    tm.twelveHour = false;
                });
            case 'I':
            case 'l':
                return number(s, p, 1, 12, 2, v -> {
                    tm.hour = v % 12;
                    tm.twelveHour = true;
                });
            case 'M':
                return number(s, p, 0, 59, 2, v -> tm.minute = v);
            case 'S':
                return number(s, p, 0, 61, 2, v -> tm.second = v);
            case 'j':
                return number(s, p, 1, 366, 3, v -> tm.yday = v - 1);
            case 'p':
            case 'P':
                return amPm(s, p, tm);
            case 'b':
            case 'B':
            case 'h':
                return name(s, p, 12, true, v -> tm.month = v);
            case 'a':
            case 'A':
                return name(s, p, 7, false, v -> { });
            case 'T':
                return parse(s, p, "%H:%M:%S", tm);
            case 'D':
                return parse(s, p, "%m/%d/%y", tm);
            case 'R':
                return parse(s, p, "%H:%M", tm);
            case 'F':
                return parse(s, p, "%Y-%m-%d", tm);
            case 'z':
                return zoneOffset(s, p, tm);
            case 'Z':
                return p;
            default:
                return -1;
        }
    }

    private interface IntSink {
        void accept(int v);
    }

    private static int number(String s, int at, int min, int max, int digits, IntSink sink) {
        int p = skipSpace(s, at);
        int value = 0;
        int read = 0;
        while (p < s.length() && read < digits && CStrings.isDigit(s.charAt(p))) {
            value = value * 10 + (s.charAt(p) - '0');
            p++;
            read++;
        }
        if (read == 0 || value < min || value > max) {
            return -1;
        }
        sink.accept(value);
        return p;
    }

    private static int name(String s, int at, int count, boolean months, IntSink sink) {
        for (int k = 0; k < count; k++) {
            String full = months ? CStrftime.monthName(k) : CStrftime.dayName(k);
            if (s.regionMatches(true, at, full, 0, full.length())) {
                sink.accept(k);
                return at + full.length();
            }
            if (s.regionMatches(true, at, full, 0, 3)) {
                sink.accept(k);
                return at + 3;
            }
        }
        return -1;
    }

    private static int amPm(String s, int at, Tm tm) {
        if (s.regionMatches(true, at, "AM", 0, 2)) {
            tm.pm = false;
            return at + 2;
        }
        if (s.regionMatches(true, at, "PM", 0, 2)) {
            tm.pm = true;
            return at + 2;
        }
        return -1;
    }

    private static int zoneOffset(String s, int at, Tm tm) {
        int p = skipSpace(s, at);
        if (p < s.length() && s.charAt(p) == 'Z') {
            tm.offsetSeconds = 0;
            return p + 1;
        }
        if (p >= s.length() || (s.charAt(p) != '+' && s.charAt(p) != '-')) {
            return -1;
        }
        boolean negative = s.charAt(p) == '-';
        p++;
        int digits = 0;
        int value = 0;
        while (p < s.length() && digits < 4) {
            char c = s.charAt(p);
            if (c == ':' && digits == 2) {
                p++;
                continue;
            }
            if (!CStrings.isDigit(c)) {
                break;
            }
            value = value * 10 + (c - '0');
            digits++;
            p++;
        }
        if (digits != 2 && digits != 4) {
            return -1;
        }
        int minutes = digits == 2 ? value * 60 : value / 100 * 60 + value % 100;
        tm.offsetSeconds = (negative ? -minutes : minutes) * 60;
        return p;
    }

    private static int skipSpace(String s, int at) {
        int p = at;
        while (p < s.length() && CStrings.isSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }
}
