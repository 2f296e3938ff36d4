package org.switchboard.manager.core;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.Placement;
import org.switchboard.pbx.dialplan.clib.CTimeval;
import org.switchboard.protocol.AmiResponse;

/** Ping (spec 01 §9.1): {@code Ping: Pong} and the time as seconds.microseconds. */
final class PingAction implements ActionHandler {
    @Override public String name() { return "Ping"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Keepalive command."; }
    @Override public Placement placement() { return Placement.ANYWHERE; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        Instant now = ctx.runtime().clock().now();
        ctx.reply(AmiResponse.startAck()
                .with("Ping", "Pong")
                .with("Timestamp", CTimeval.secondsMicros(now)));
        return DONE;
    }
}
