package org.switchboard.pbx.chanfunc;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrftime;
import org.switchboard.pbx.dialplan.eval.DialplanFunction;
import org.switchboard.pbx.dialplan.eval.EvalContext;
import org.switchboard.pbx.exec.PbxRun;
import org.switchboard.pbx.log.Verbose;

/**
 * TIMEOUT(absolute|digit|response) (funcs/func_timeout.c): the absolute timeout (seconds left, 0
 * for none; writing sets or cancels it, in PBX time), and the digit and response timeouts of the
 * channel's dialplan run, in seconds with three decimals. Only the first letter counts.
 */
public final class TimeoutFunction {
    private static final Logger LOG = LoggerFactory.getLogger("org.switchboard.pbx");

    private TimeoutFunction() { }

    public static DialplanFunction function() {
        return DialplanFunction.readWrite("TIMEOUT", TimeoutFunction::read, TimeoutFunction::write);
    }

    private static String read(EvalContext ctx, String name, String data) {
        SimChannel c = PartyFunctions.channel(ctx);
        if (c == null) {
            return null;
        }
        char kind = data.isEmpty() ? '\0' : data.charAt(0);
        PbxRun run = PbxRun.of(c);
        switch (kind) {
            case 'a': case 'A':
                if (c.whenToHangup() == 0) {
                    return "0";
                }
                return seconds(c.whenToHangup() - ctx.now().toEpochMilli());
            case 'r': case 'R':
                return run == null ? "" : seconds(run.responseTimeoutMs());
            case 'd': case 'D':
                return run == null ? "" : seconds(run.digitTimeoutMs());
            default:
                LOG.error("Unknown timeout type specified.");
                return null;
        }
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    private static boolean write(EvalContext ctx, String name, String data, String value) {
        SimChannel c = PartyFunctions.channel(ctx);
        if (c == null || value == null) {
            return false;
        }
        // sscanf "%ld%lf": whole seconds, then the rest (".5") as the fraction
        long ms = 0;
        CScan.IntScan sec = CScan.scanDecimal(value, 0, 30);
        if (sec != null && sec.value() >= 0) {
            ms = sec.value() * 1000L;
            Double fraction = CScan.scanDouble(value.substring(sec.end()));
            if (fraction != null) {
                ms += (long) (fraction * 1_000_000) / 1000;
            }
        }
        char kind = data.isEmpty() ? '\0' : data.charAt(0);
        PbxRun run = PbxRun.of(c);
        switch (kind) {
            case 'a': case 'A':
                c.setAbsoluteTimeout(ms == 0 ? 0 : ctx.now().toEpochMilli() + ms);
                if (ms != 0) {
                    Instant when = ctx.now().plusMillis(ms);
                    Verbose.log(LOG, 3, "Channel will hangup at "
                            + CStrftime.format("%Y-%m-%d %H:%M:%S.%3q %Z", when, zone(ctx)) + ".");
                } else {
                    Verbose.log(LOG, 3, "Channel hangup cancelled.");
                }
                break;
            case 'r': case 'R':
                if (run != null) {
                    run.responseTimeoutMs(ms);
                    Verbose.log(LOG, 3, "Response timeout set to " + seconds(ms));
                }
                break;
            case 'd': case 'D':
                if (run != null) {
                    run.digitTimeoutMs(ms);
                    Verbose.log(LOG, 3, "Digit timeout set to " + seconds(ms));
                }
                break;
            default:
                LOG.error("Unknown timeout type specified.");
                break;
        }
        return true;
    }

    private static ZoneId zone(EvalContext ctx) {
        return ctx.runtime().systemZone();
    }
}
