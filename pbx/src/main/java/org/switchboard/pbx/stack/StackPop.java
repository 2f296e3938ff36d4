package org.switchboard.pbx.stack;

import java.util.concurrent.CompletionStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** StackPop() (app_stack.c pop_exec): forgets the newest return frame without returning to it. */
final class StackPop implements Application {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx");

    @Override
    public String name() {
        return "StackPop";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        SimChannel c = ctx.channel();
        GosubStack stack = GosubStack.of(c);
        if (stack == null) {
            log.warn("StackPop called with no gosub stack allocated.");
            return CONTINUE;
        }
        GosubStack.Frame top = stack.top();
        if (top == null) {
            log.debug("StackPop called with an empty gosub stack");
            return CONTINUE;
        }
        if (top.special()) {
            log.debug("StackPop attempted to pop special return location.");
            return HANGUP;
        }
        stack.pop();
        GosubStack.release(c, top);
        return CONTINUE;
    }
}
