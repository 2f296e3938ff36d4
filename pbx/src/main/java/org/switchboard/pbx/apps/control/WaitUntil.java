package org.switchboard.pbx.apps.control;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * WaitUntil(epoch) (app_waituntil.c): waits until the given time (PBX time); WAITUNTILSTATUS is
 * OK, FAILURE (no or bad argument), PAST (the time is gone) or HANGUP.
 */
final class WaitUntil implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "WaitUntil";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        if (data.isEmpty()) {
            log.warn("WaitUntil requires an argument(epoch)");
            c.set("WAITUNTILSTATUS", "FAILURE");
            return CONTINUE;
        }
        // sscanf "%ld%lf": whole seconds, then what follows (".5") as the fraction
        CScan.IntScan whole = CScan.scanDecimal(data, 0, 30);
        if (whole == null) {
            log.warn("WaitUntil called with non-numeric argument");
            c.set("WAITUNTILSTATUS", "FAILURE");
            return CONTINUE;
        }
        long seconds = whole.value();
        Double fraction = CScan.scanDouble(data.substring(whole.end()));
        long micros = fraction == null ? 0 : (long) (fraction * 1_000_000);
        Instant future = Instant.ofEpochSecond(seconds).plusNanos(micros * 1000);
        Instant now = ctx.pbx().clock().now();
        long msec = Duration.between(now, future).toMillis();
        if (msec < 0) {
            log.info("WaitUntil called in the past (now {}, arg {})", now.getEpochSecond(), seconds);
            c.set("WAITUNTILSTATUS", "PAST");
            return CONTINUE;
        }
        return c.sleep(Duration.ofMillis(msec)).thenApply(timeUp -> {
            c.set("WAITUNTILSTATUS", timeUp ? "OK" : "HANGUP");
            return timeUp ? 0 : -1;
        });
    }
}
