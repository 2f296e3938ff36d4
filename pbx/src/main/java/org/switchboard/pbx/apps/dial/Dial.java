package org.switchboard.pbx.apps.dial;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.exec.AppContext;
import org.switchboard.pbx.exec.Application;

/**
 * Dial(Tech/dest[&amp;Tech2/dest2...][,timeout[,options[,URL]]]) (apps/app_dial.c): calls the
 * destinations, bridges the caller with the first that answers, and sets DIALSTATUS and the other
 * DIAL variables. See {@link DialExecution} for what is simulated.
 */
public final class Dial implements Application {
    @Override
    public String name() {
        return "Dial";
    }

    @Override
    public CompletionStage<Integer> execute(AppContext ctx, String data) {
        return new DialExecution(ctx).run(data);
    }
}
