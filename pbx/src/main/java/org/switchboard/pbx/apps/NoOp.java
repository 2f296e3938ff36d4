package org.switchboard.pbx.apps;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/** NoOp(text): does nothing; its argument is substituted, which is what it is used for. */
final class NoOp implements Application {
    @Override
    public String name() {
        return "NoOp";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        return CONTINUE;
    }
}
