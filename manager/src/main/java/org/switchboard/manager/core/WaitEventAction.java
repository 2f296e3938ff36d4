package org.switchboard.manager.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.switchboard.config.CNumbers;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionHandler;
import org.switchboard.manager.action.ActionIdLine;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.EventMailbox;
import org.switchboard.protocol.AmiResponse;

/**
 * WaitEvent (spec 01 §9.1; manager.c action_waitevent). On a socket session the session stops
 * receiving events and waits until any event is published (even one it will not get), input
 * arrives, or {@code Timeout} seconds pass (-1 or absent: forever; parsed like scanf %i). Then
 * come the reply, the events that were held back, and WaitEventComplete. Sessions that keep their
 * events in an {@link EventMailbox} (AMI over HTTP) are served by {@link HttpWaitEvent}.
 */
final class WaitEventAction implements ActionHandler {
    @Override public String name() { return "WaitEvent"; }
    @Override public int requiredWrite() { return 0; }
    @Override public String synopsis() { return "Wait for an event to occur."; }

    @Override
    public CompletionStage<Void> handle(ActionContext ctx) {
        int timeout = timeoutSeconds(ctx.header("Timeout"));
        if (ctx.session().output() instanceof EventMailbox mailbox) {
            return HttpWaitEvent.run(ctx, mailbox, timeout);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ManagerRuntime rt = ctx.runtime();
        AmiSession session = ctx.session();
        AtomicBoolean finished = new AtomicBoolean();
        Runnable finishOnCore = () -> rt.core().execute(() -> finish(ctx, finished, done));
        // registered here, on the I/O thread, so the very next read ends the wait; bytes that came
        // with this request are already read and do not (as in Asterisk, which waits on the socket)
        if (timeout != 0) {
            session.onInput(finishOnCore);
        }
        rt.core().execute(() -> {
            if (timeout == 0) {
                finish(ctx, finished, done);
                return;
            }
            if (finished.get()) {
                return;
            }
            session.hold(() -> finish(ctx, finished, done));
            rt.dispatcher().addWaiter(session);
            if (timeout > 0) {
                ScheduledFuture<?> timer = ctx.timer().schedule(finishOnCore, timeout, TimeUnit.SECONDS);
                done.whenComplete((v, e) -> timer.cancel(false));
            }
        });
        return done;
    }

    private void finish(ActionContext ctx, AtomicBoolean finished, CompletableFuture<Void> done) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        AmiSession session = ctx.session();
        session.onInput(null);
        ctx.runtime().dispatcher().removeWaiter(session);
        List<RenderedEvent> held = session.release();
        ctx.reply(AmiResponse.success("Waiting for Event completed."));
        for (RenderedEvent e : held) {
            ctx.output().send(e.buffer());
        }
        ctx.send("Event: WaitEventComplete\r\n" + ActionIdLine.truncated(ctx.actionId(), 256) + "\r\n");
        done.complete(null);
    }

    /** "%30i" scanning: empty or unparsable is -1; anything below -1 becomes -1. */
    static int timeoutSeconds(String value) {
        if (value.isEmpty()) {
            return -1;
        }
        Integer parsed = CNumbers.scanInt(value.length() > 30 ? value.substring(0, 30) : value);
        int t = parsed == null ? -1 : parsed;
        return t < -1 ? -1 : t;
    }
}
