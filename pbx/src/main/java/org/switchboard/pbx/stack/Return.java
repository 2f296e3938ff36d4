package org.switchboard.pbx.stack;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Return([value]) (app_stack.c return_exec): pops the newest frame, goes back to where its Gosub
 * was called, deletes the frame's local variables and sets GOSUB_RETVAL. Returning from the frame
 * of an internal subroutine run ends that run (-1).
 */
final class Return implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "Return";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        GosubStack stack = GosubStack.of(c);
        if (stack == null) {
            log.error("Return without Gosub: stack is unallocated");
            return HANGUP;
        }
        GosubStack.Frame frame = stack.pop();
        if (frame == null) {
            log.error("Return without Gosub: stack is empty");
            return HANGUP;
        }
        int priority = c.inAutoloop() ? frame.priority() - 1 : frame.priority();
        c.setLocation(frame.context(), frame.exten(), priority);
        stack.inSubroutine(frame.inSubroutine());
        GosubStack.release(c, frame);
        c.set("GOSUB_RETVAL", data == null ? "" : data);
        return frame.special() ? HANGUP : CONTINUE;
    }
}
