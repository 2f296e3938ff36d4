package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Answer([delay[,options]]) (pbx_builtins.c pbx_builtin_answer, channel.c __ast_answer): a ringing
 * channel becomes Up, then waits for media as Asterisk does (see {@link SimChannel#answerAndWait});
 * option {@code i} answers without waiting.
 */
final class Answer implements Application {
    @Override
    public String name() {
        return "Answer";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel channel = ctx.channel();
        AppArgs args = AppArgs.standard(data);
        int delay = 0;
        if (!args.getOrEmpty(0).isEmpty() && channel.state() != ChannelState.UP) {
            delay = Math.max(0, Numbers.atoi(data));
        }
        if ("i".equals(args.getOrEmpty(1))) {
            return Application.result(channel.answer());
        }
        return channel.answerAndWait(delay);
    }
}
