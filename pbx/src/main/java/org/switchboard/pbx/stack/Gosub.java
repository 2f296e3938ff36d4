package org.switchboard.pbx.stack;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.apps.Jumps;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.dialplan.GotoTarget;
import org.switchboard.pbx.dialplan.args.AppArgs;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Gosub([[context,]exten,]priority[(arg1[,...][,argN])]) (app_stack.c gosub_exec): jumps to the
 * subroutine and pushes a return frame with the arguments as local variables ARG1..ARGn and ARGC.
 */
final class Gosub implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "Gosub";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        return Application.result(gosub(ctx.pbx(), ctx.channel(), data));
    }

    /** gosub_exec: 0 when the channel now stands at the subroutine, -1 (location unchanged) otherwise. */
    static int gosub(Pbx pbx, SimChannel c, String data) {
        if (data == null || data.isEmpty()) {
            log.error("Gosub requires an argument: Gosub([[context,]exten,]priority[(arg1[,...][,argN])])");
            return -1;
        }
        int open = data.indexOf('(');
        String label = open < 0 ? data : data.substring(0, open);
        AppArgs args = AppArgs.standardRaw("", 100);
        if (open >= 0) {
            String inside = data.substring(open + 1);
            int close = inside.lastIndexOf(')');
            if (close >= 0) {
                inside = inside.substring(0, close);
            } else {
                log.warn("Ouch.  No closing paren: '{}'?", data);
            }
            args = AppArgs.standardRaw(inside, 100);
        }
        String origContext = c.context();
        String origExten = c.exten();
        int origPriority = c.priority();
        GosubStack existing = GosubStack.of(c);
        boolean origInSubroutine = existing != null && existing.inSubroutine();

        GotoTarget target = GotoTarget.parse(label, new GotoTarget.Position(origContext, origExten, origPriority,
                callerNumber(c)), pbx.dialplan(), pbx.clock().now());
        if (target == null) {
            log.error("Gosub address is invalid: '{}'", data);
            c.setLocation(origContext, origExten, origPriority);
            return -1;
        }
        Jumps.explicitGoto(c, target);
        int destPriority = c.inAutoloop() ? c.priority() + 1 : c.priority();
        if (!pbx.extensionExists(c.context(), c.exten(), destPriority, callerNumber(c))) {
            log.error("Gosub attempted to reach non-existent destination '{},{},{}' from '{},{},{}'", c.context(),
                    c.exten(), destPriority, origContext, origExten, origPriority);
            c.setLocation(origContext, origExten, origPriority);
            return -1;
        }
        GosubStack stack = GosubStack.orCreate(c);
        GosubStack.Frame last = stack.top();
        int maxArgc = Math.max(last == null ? 0 : last.arguments(), args.count());
        GosubStack.Frame frame = new GosubStack.Frame(origContext, origExten, origPriority + 1, origInSubroutine,
                maxArgc);
        for (int i = 0; i < maxArgc; i++) {
            GosubStack.setLocal(c, frame, "ARG" + (i + 1), i < args.count() ? args.get(i) : "");
        }
        GosubStack.setLocal(c, frame, "ARGC", Integer.toString(args.count()));
        stack.inSubroutine(true);
        stack.push(frame);
        return 0;
    }

    static String callerNumber(SimChannel c) {
        return c.caller().numberValid() ? c.caller().number() : null;
    }
}
