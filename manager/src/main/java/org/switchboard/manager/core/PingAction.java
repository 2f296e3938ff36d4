package org.switchboard.manager.core;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.protocol.AmiResponse;

/** Ping (spec 01 §9.1): {@code Ping: Pong} and the time as seconds.microseconds. */
final class PingAction implements ActionHandler {
    @Override public String name() { return "Ping"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Keepalive command."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        Instant now = ctx.runtime().clock().now();
        ctx.reply(AmiResponse.startAck()
                .with("Ping", "Pong")
                .with("Timestamp", timestamp(now)));
        return DONE;
    }

    /**
     * "%ld.%06ld" of the time (manager.c action_ping). Built by hand: String.format was a quarter
     * of the server's time under a stream of pipelined Pings.
     */
    static String timestamp(Instant now) {
        String micros = Integer.toString(now.getNano() / 1000);
        return now.getEpochSecond() + "." + "000000".substring(micros.length()) + micros;
    }
}
