package org.switchboard.pbx.dialplan.clib;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How Asterisk picks a time zone from a name (localtime.c {@code ast_tzset}): an empty name is the
 * system zone ({@code /etc/localtime}); a tz database name is loaded; anything it cannot load falls
 * back to GMT. Limits: POSIX TZ strings such as {@code EST5EDT,M3.2.0,M11.1.0} are only understood
 * when they are also a tz database name.
 */
public final class TimeZones {
    private static final ZoneId GMT = ZoneId.of("GMT");

    private TimeZones() { }

    /** The zone for {@code name}; {@code systemZone} when the name is null or empty. */
    public static ZoneId resolve(String name, ZoneId systemZone) {
        if (CStrings.isEmpty(name)) {
            return systemZone;
        }
        String id = name.charAt(0) == ':' ? name.substring(1) : name;
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return GMT;
        }
    }

    /** True for zones that print {@code UTC} as their abbreviation. */
    static boolean isUtc(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) || "UTC".equals(zone.getId()) || "Etc/UTC".equals(zone.getId());
    }
}
