package org.switchboard.pbx.apps.control;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.apps.Jumps;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.GotoTarget;
import org.switchboard.pbx.dialplan.clib.CScan;
import org.switchboard.pbx.dialplan.clib.CStrings;
import org.switchboard.pbx.dialplan.timing.Timing;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * GotoIfTime(times,weekdays,mdays,months[,timezone]?[labeliftrue][:labeliffalse])
 * (pbx_builtins.c pbx_builtin_gotoiftime): a Goto chosen by the time, which the channel variable
 * TESTTIME (epoch seconds) may fix for tests.
 */
final class GotoIfTime implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "GotoIfTime";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        if (data.isEmpty()) {
            log.warn("GotoIfTime requires an argument:\n  <time range>,<days of week>,<days of month>,<months>[,<timezone>]?'labeliftrue':'labeliffalse'");
            return HANGUP;
        }
        SimChannel c = ctx.channel();
        Instant now = ctx.pbx().clock().now();
        String testTime = c.get("TESTTIME");
        if (testTime != null) {
            CScan.IntScan scanned = CScan.scanDecimal(testTime, 0, 30);
            if (scanned != null) {
                now = Instant.ofEpochSecond(scanned.value());
            } else {
                log.warn("Using current time to evaluate");
                c.set("TESTTIME", null);
            }
        }
        int q = data.indexOf('?');
        String spec = q < 0 ? data : data.substring(0, q);
        String rest = q < 0 ? null : data.substring(q + 1);
        String branch1 = null;
        String branch2 = null;
        if (rest != null) {
            int colon = rest.indexOf(':');
            branch1 = colon < 0 ? rest : rest.substring(0, colon);
            branch2 = colon < 0 ? null : rest.substring(colon + 1);
        }
        Timing timing = Timing.parse(spec);
        String branch = timing != null && timing.matches(now, ctx.pbx().runtime().systemZone()) ? branch1 : branch2;
        if (CStrings.isEmpty(branch)) {
            return CONTINUE;
        }
        return Application.result(ControlApplications.gotoLabel(ctx, branch));
    }
}
