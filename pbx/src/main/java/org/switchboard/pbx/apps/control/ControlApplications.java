package org.switchboard.pbx.apps.control;

import org.switchboard.pbx.apps.Jumps;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.GotoTarget;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.ApplicationRegistry;

/**
 * Flow-control applications beyond the core set: GotoIfTime, ExecIfTime, WaitUntil, SoftHangup,
 * ChannelRedirect, Originate, RaiseException and Incomplete.
 */
public final class ControlApplications {
    private ControlApplications() { }

    public static void registerAll(ApplicationRegistry registry) {
        registry.register(new GotoIfTime())
                .register(new ExecIfTime())
                .register(new WaitUntil())
                .register(new SoftHangupApp())
                .register(new ChannelRedirect())
                .register(new OriginateApp())
                .register(new RaiseException())
                .register(new Incomplete());
    }

    /** pbx_builtin_goto: ast_parseable_goto and the verbose line; -1 for a bad target. */
    static int gotoLabel(AppContext ctx, String target) {
        SimChannel c = ctx.channel();
        GotoTarget t = GotoTarget.parse(target, new GotoTarget.Position(c.context(), c.exten(), c.priority(),
                c.caller().numberValid() ? c.caller().number() : null), ctx.pbx().dialplan(), ctx.pbx().clock().now());
        if (t == null) {
            return -1;
        }
        Jumps.explicitGoto(c, t);
        ctx.verbose(3, "Goto (" + c.context() + "," + c.exten() + "," + (c.priority() + 1) + ")");
        return 0;
    }
}
