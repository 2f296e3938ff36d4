package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.GotoTarget;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** Goto([[context,]exten,]priority) (pbx_builtins.c pbx_builtin_goto). */
final class Goto implements Application {
    @Override
    public String name() {
        return "Goto";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        return Application.result(go(ctx, data));
    }

    /** ast_parseable_goto then the verbose line; -1 when the target is not valid. */
    static int go(AppContext ctx, String target) {
        SimChannel c = ctx.channel();
        GotoTarget t = GotoTarget.parse(target, position(c), ctx.pbx().dialplan(), ctx.pbx().clock().now());
        if (t == null) {
            return -1;
        }
        Jumps.explicitGoto(c, t);
        ctx.verbose(3, "Goto (" + c.context() + "," + c.exten() + "," + (c.priority() + 1) + ")");
        return 0;
    }

    static GotoTarget.Position position(SimChannel c) {
        return new GotoTarget.Position(c.context(), c.exten(), c.priority(),
                c.caller().numberValid() ? c.caller().number() : null);
    }
}
