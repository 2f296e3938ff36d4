package org.switchboard.pbx.apps.control;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;
import org.switchboard.pbx.exec.PbxRun;

/**
 * Incomplete([n]) (pbx_builtins.c pbx_builtin_incomplete): the number dialled so far is
 * incomplete; the PBX loop waits for more digits. Answers first unless {@code n} is given.
 */
final class Incomplete implements Application {
    @Override
    public String name() {
        return "Incomplete";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        if (c.checkHangup()) {
            return HANGUP;
        }
        if (c.state() != ChannelState.UP && data.indexOf('n') < 0) {
            return c.answerAndWait(0).thenApply(res -> PbxRun.INCOMPLETE);
        }
        return Application.result(PbxRun.INCOMPLETE);
    }
}
