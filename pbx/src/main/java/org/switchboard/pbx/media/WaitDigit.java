package org.switchboard.pbx.media;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.DigitWait;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * WaitDigit([seconds][,digits]) (pbx_builtins.c pbx_builtin_waitdigit): waits for one of the
 * digits (any by default); WAITDIGITSTATUS is DTMF (WAITDIGITRESULT set), TIMEOUT, CANCEL (hangup,
 * which ends the call) or ERROR (bad time).
 */
final class WaitDigit implements Application {
    @Override
    public String name() {
        return "WaitDigit";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        AppArgs args = AppArgs.standard(data, 2);
        Integer ms = TimeLen.parse(args.get(0), TimeLen.Unit.SECONDS);
        if (ms == null || ms < 0) {
            c.set("WAITDIGITSTATUS", "ERROR");
            return CONTINUE;
        }
        String digits = args.getOrEmpty(1).isEmpty() ? DigitWait.ANY : args.get(1);
        return DigitWait.waitForDigit(c, ms, digits).thenApply(res -> {
            if (res < 0) {
                c.set("WAITDIGITSTATUS", "CANCEL");
                return -1;
            }
            if (res == 0) {
                c.set("WAITDIGITSTATUS", "TIMEOUT");
            } else {
                c.set("WAITDIGITRESULT", String.valueOf((char) res.intValue()));
                c.set("WAITDIGITSTATUS", "DTMF");
            }
            return 0;
        });
    }
}
