package org.switchboard.pbx.dialplan.func;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrftime;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.clib.CStrptime;
import org.switchboard.pbx.dialplan.clib.TimeZones;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;

/**
 * STRFTIME and STRPTIME (func_strings.c). "Now" comes from the runtime's clock, the default zone
 * from the runtime's system zone, so results are repeatable in tests.
 */
public final class TimeFunctions {
    private static final Logger LOG = LoggerFactory.getLogger(TimeFunctions.class);

    private TimeFunctions() { }

    /** The functions of this group. */
    public static List<DialplanFunction> functions() {
        return List.of(
                DialplanFunction.readOnly("STRFTIME", TimeFunctions::strftime),
                DialplanFunction.readOnly("STRPTIME", TimeFunctions::strptime));
    }

    /** STRFTIME([epoch][,timezone][,format]): the format defaults to {@code %c}. */
    private static String strftime(EvalContext ctx, String name, String parse) {
        AppArgs args = AppArgs.standard(parse, 3);
        Instant when = timeval(args.get(0), ctx.now());
        ZoneId zone = TimeZones.resolve(args.get(1), ctx.runtime().systemZone());
        String format = args.get(2) == null ? "%c" : args.get(2);
        String result = CStrftime.format(format, when, zone);
        if (result.isEmpty()) {
            LOG.warn("C function strftime() output nothing?!!");
        }
        return CStrings.truncate(result, 4095);
    }

    /**
     * ast_get_timeval: a decimal number of seconds ({@code %Lf}), its fraction kept to the
     * microsecond and truncated; anything unreadable means {@code now}.
     */
    static Instant timeval(String src, Instant now) {
        if (CStrings.isEmpty(src)) {
            return now;
        }
        int end = CScan.decimalEnd(src, 0);
        if (end < 0) {
            return now;
        }
        String text = src.substring(0, end).trim();
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return now;
        }
        long seconds = value.setScale(0, RoundingMode.DOWN).longValue();
        long micros = value.subtract(BigDecimal.valueOf(seconds)).movePointRight(6).setScale(0, RoundingMode.DOWN).longValue();
        return Instant.ofEpochSecond(seconds, micros * 1000);
    }

    /** STRPTIME(datetime,timezone,format): the epoch (as a C int) of the parsed local time. */
    private static String strptime(EvalContext ctx, String name, String data) {
        AppArgs args = AppArgs.standard(data, 3);
        if (CStrings.isEmpty(args.get(2))) {
            LOG.error("No format supplied to STRPTIME(<timestring>,<timezone>,<format>)");
            return null;
        }
        ZoneId zone = TimeZones.resolve(args.get(1), ctx.runtime().systemZone());
        Long epoch = CStrptime.parseEpoch(args.getOrEmpty(0), args.get(2), zone);
        if (epoch == null) {
            LOG.warn("STRPTIME() found no time specified within the string");
            return "";
        }
        return Integer.toString((int) epoch.longValue());
    }
}
