package org.switchboard.pbx.apps;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Echo() (app_echo.c): everything the caller sends comes back, DTMF included; '#' ends it with 0,
 * a hangup with -1.
 */
final class Echo implements Application {
    @Override
    public String name() {
        return "Echo";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel channel = ctx.channel();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        channel.sleepUntilHangup().thenAccept(timeUp -> done.complete(-1));
        channel.reader((c, f) -> {
            if (f.kind() == Frame.Kind.DTMF_BEGIN) {
                c.writeDtmfBegin(f.digit());
            } else if (f.kind() == Frame.Kind.DTMF_END) {
                c.writeDtmfEnd(f.digit(), f.durationMs());
                if (f.digit() == '#') {
                    // complete first: waking the sleeper runs its (hangup) continuation at once
                    done.complete(0);
                    c.reader(null);
                    c.wakeSleeper(true);
                }
            }
        });
        return done;
    }
}
