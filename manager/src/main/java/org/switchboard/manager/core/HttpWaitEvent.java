package org.switchboard.manager.core;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionContext;
import org.switchboard.manager.action.ActionIdLine;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.EventMailbox;
import org.switchboard.protocol.AmiResponse;

/**
 * WaitEvent on an AMI-over-HTTP session, 22.10.1 semantics (spec 01 §7.4, §9.1; manager.c
 * action_waitevent):
 * <ul>
 *   <li>the wait is capped at the session's remaining life minus 10 s (never below 0), and an
 *       absent or negative {@code Timeout} means that cap;</li>
 *   <li>a send_events of 0 (how HTTP sessions start) becomes all bits;</li>
 *   <li>it ends at once when any event was kept since the last WaitEvent, when one arrives, when
 *       the session is being destroyed, or when the time is up; a later WaitEvent on the same
 *       session makes this one give up and answer nothing;</li>
 *   <li>then come the reply, every kept event that passes the read, mask and filter checks of
 *       this moment, and WaitEventComplete.</li>
 * </ul>
 * Everything that touches the session runs on the core thread, where events are delivered.
 */
final class HttpWaitEvent {
    private HttpWaitEvent() { }

    static CompletionStage<Void> run(ActionContext ctx, EventMailbox mailbox, int requestedSeconds) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ManagerRuntime rt = ctx.runtime();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<EventMailbox.Waiter> waiter = new AtomicReference<>();
        Runnable finish = () -> finish(ctx, waiter.get(), finished, done);
        Runnable finishOnCore = () -> rt.core().execute(finish);
        rt.core().execute(() -> {
            AmiSession session = ctx.session();
            long cap = Math.max(0, mailbox.secondsToExpiry() - 10);
            long timeout = requestedSeconds < 0 || requestedSeconds > cap ? cap : requestedSeconds;
            if (session.sendEvents() == 0) {
                session.sendEvents(-1);
            }
            waiter.set(mailbox.startWait(finishOnCore));
            if (timeout == 0 || waiter.get().ready()) {
                finish.run();
                return;
            }
            ScheduledFuture<?> timer = ctx.timer().schedule(finishOnCore, timeout, TimeUnit.SECONDS);
            done.whenComplete((v, e) -> timer.cancel(false));
        });
        return done;
    }

    private static void finish(ActionContext ctx, EventMailbox.Waiter waiter, AtomicBoolean finished,
                               CompletableFuture<Void> done) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        Optional<List<RenderedEvent>> kept = waiter.finish();
        if (kept.isPresent()) {
            AmiSession session = ctx.session();
            ctx.reply(AmiResponse.success("Waiting for Event completed."));
            for (RenderedEvent e : kept.get()) {
                if (session.accepts(e.category(), e)) {
                    ctx.output().send(e.buffer());
                }
            }
            ctx.send("Event: WaitEventComplete\r\n" + ActionIdLine.truncated(ctx.actionId(), 256) + "\r\n");
        }
        done.complete(null);
    }
}
