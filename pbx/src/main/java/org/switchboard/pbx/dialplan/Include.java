package org.switchboard.pbx.dialplan;

import java.time.Instant;
import java.time.ZoneId;

import org.switchboard.pbx.dialplan.timing.Timing;

/**
 * An {@code include => name[,timing]} line (pbx_include.c): the whole text is the include's name
 * (as listed and as compared for duplicates), the context is the part before the first {@code |}
 * or {@code ,}.
 *
 * @param name      the text as given (context and timing)
 * @param context   the included context
 * @param timing    when the include applies, or null for always
 * @param registrar who added it
 */
public record Include(String name, String context, Timing timing, String registrar) {

    /** include_alloc: splits the timing off {@code value}. */
    public static Include parse(String value, String registrar) {
        int sep = value.indexOf('|');
        if (sep < 0) {
            sep = value.indexOf(',');
        }
        if (sep < 0) {
            return new Include(value, value, null, registrar);
        }
        return new Include(value, value.substring(0, sep), Timing.parse(value.substring(sep + 1)), registrar);
    }

    /** include_valid: always without a timing, else when the timing matches {@code now}. */
    public boolean isValid(Instant now, ZoneId systemZone) {
        return timing == null || timing.matches(now, systemZone);
    }
}
