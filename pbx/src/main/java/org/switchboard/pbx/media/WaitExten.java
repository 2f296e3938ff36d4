package org.switchboard.pbx.media;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.DigitWait;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.AppOptions;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.DialplanException;
import org.switchboard.pbx.exec.PbxRun;

/**
 * WaitExten([seconds][,options]) (pbx_builtins.c pbx_builtin_waitexten): waits for the caller to
 * dial. A digit is returned to the PBX loop, which collects the rest of the extension (digit
 * timeout) and goes there, or to {@code i}. On timeout the channel continues with the next
 * priority if there is one, else goes to {@code t}, else to {@code e} (RESPONSETIMEOUT), else
 * hangs up. Without seconds the response timeout (TIMEOUT(response)) applies. Option
 * {@code m[(class)]} holds the caller during the wait; {@code d} (dial tone) plays nothing here.
 */
final class WaitExten implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "WaitExten";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        AppArgs args = data.isEmpty() ? AppArgs.standard("", 2) : AppArgs.standard(data, 2);
        AppOptions options = AppOptions.parse(args.get(1), "md");
        boolean hold = options.has('m');
        if (hold) {
            if (options.argument('m').isEmpty()) {
                log.warn("The 'm' option has been specified for WaitExten without a class.");
            }
            c.indicate(Control.HOLD);
        }
        Integer ms = TimeLen.parse(args.get(0), TimeLen.Unit.SECONDS);
        long wait;
        if (ms != null && ms > 0) {
            wait = ms;
        } else {
            PbxRun run = PbxRun.of(c);
            wait = run != null ? run.responseTimeoutMs() : 10_000;
        }
        return DigitWait.waitForDigit(c, wait, null).thenApply(res -> {
            int result = res;
            if (result == 0) {
                result = timedOut(ctx.pbx(), ctx, c);
            }
            if (hold) {
                c.indicate(Control.UNHOLD);
            }
            return result;
        });
    }

    private static int timedOut(Pbx pbx, AppContext ctx, SimChannel c) {
        String cid = c.caller().numberValid() ? c.caller().number() : null;
        if (c.checkHangup()) {
            return -1;
        }
        if (pbx.extensionExists(c.context(), c.exten(), c.priority() + 1, cid)) {
            ctx.verbose(3, "Timeout on " + c.name() + ", continuing...");
            return 0;
        }
        if (pbx.extensionExists(c.context(), "t", 1, cid)) {
            ctx.verbose(3, "Timeout on " + c.name() + ", going to 't'");
            c.setLocation(c.context(), "t", 0);
            return 0;
        }
        if (pbx.extensionExists(c.context(), "e", 1, cid)) {
            DialplanException.raise(c, "RESPONSETIMEOUT", 0);
            return 0;
        }
        log.warn("Timeout but no rule 't' or 'e' in context '{}'", c.context());
        return -1;
    }
}
