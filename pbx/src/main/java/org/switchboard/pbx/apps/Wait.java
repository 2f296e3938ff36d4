package org.switchboard.pbx.apps;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** Wait(seconds) (pbx_builtin_wait): waits in PBX time; -1 when the channel hangs up meanwhile. */
final class Wait implements Application {
    @Override
    public String name() {
        return "Wait";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        long ms = Numbers.parseSecondsToMillis(data);
        if (ms <= 0) {
            return CONTINUE;
        }
        return ctx.channel().sleep(Duration.ofMillis(ms)).thenApply(timeUp -> timeUp ? 0 : -1);
    }
}
