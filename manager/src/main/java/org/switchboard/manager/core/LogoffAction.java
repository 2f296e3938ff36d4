package org.switchboard.manager.core;

import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.protocol.AmiResponse;

/** Logoff (spec 01 §2.4): Goodbye, then the session ends. Allowed before login too. */
final class LogoffAction implements ActionHandler {
    @Override public String name() { return "Logoff"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Logoff Manager."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        ctx.reply(AmiResponse.GOODBYE);
        ctx.endSession();
        return DONE;
    }
}
