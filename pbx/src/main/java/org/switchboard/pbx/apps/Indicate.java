package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** Progress(), Ringing(), Proceeding(): signal a condition to the caller and go on. */
final class Indicate implements Application {
    private final String name;
    private final Control condition;

    Indicate(String name, Control condition) {
        this.name = name;
        this.condition = condition;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        ctx.channel().indicate(condition);
        return CONTINUE;
    }
}
