package org.switchboard.manager.action;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.SessionOutput;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.AmiResponse;
import org.switchboard.protocol.Latin1;

/**
 * One run of one action: the request, the session it came on, the shared runtime, and the way
 * back to the client. Replies go out in the order they are written; {@link #endSession()} asks
 * for the connection to be closed once the action's output has been sent.
 */
public final class ActionContext {
    private final ManagerRuntime runtime;
    private final AmiSession session;
    private final AmiMessage message;
    private final ScheduledExecutorService timer;
    private final SessionOutput output;
    private volatile boolean endSession;
    private CoreSteps coreSteps;

    public ActionContext(ManagerRuntime runtime, AmiSession session, AmiMessage message, ScheduledExecutorService timer) {
        this(runtime, session, message, timer, session.output());
    }

    /**
     * @param output where this request's replies go: the session's own output for sockets; for
     *               AMI over HTTP the body of this one HTTP response, since several requests may
     *               use the same session at once (spec 01 §7.3)
     */
    public ActionContext(ManagerRuntime runtime, AmiSession session, AmiMessage message, ScheduledExecutorService timer,
                         SessionOutput output) {
        this.runtime = runtime;
        this.session = session;
        this.message = message;
        this.timer = timer;
        this.output = output;
    }

    public ManagerRuntime runtime() { return runtime; }
    public AmiSession session() { return session; }
    public AmiMessage message() { return message; }

    /** The first header of that name (spec 01 §1.3); "" when absent. */
    public String header(String name) {
        return message.headers().first(name);
    }

    public String actionId() {
        return message.actionId();
    }

    /** Where this request's replies go (see the constructor). */
    public SessionOutput output() {
        return output;
    }

    /** Sends a reply, with this request's ActionID in second place. */
    public void reply(AmiResponse response) {
        output.send(response.encode(message.actionId()));
    }

    /**
     * A reply encoded now, with this request's ActionID, to be sent later with
     * {@link SessionOutput#send(ByteBuf)}: the encoding stays off the core when only the sending
     * must happen there.
     */
    public ByteBuf encode(AmiResponse response) {
        return Unpooled.wrappedBuffer(Latin1.encode(response.encode(message.actionId())));
    }

    /** Sends raw text (list items, inline blocks): it must carry its own CR LF and blank line. */
    public void send(String text) {
        output.send(text);
    }

    /** Sends this action's {@link #onCore} step through {@code steps} instead of the core's queue. */
    void coreSteps(CoreSteps steps) {
        this.coreSteps = steps;
    }

    /** The session ends after this action (Logoff, failed login, login in use). */
    public void endSession() {
        endSession = true;
    }

    public boolean endsSession() {
        return endSession;
    }

    /**
     * Runs {@code task} on the PBX core thread; the stage completes after it ran. On the core
     * thread already (a request the session handed to the core, see {@link Placement#ANYWHERE}) it
     * runs at once.
     */
    public CompletionStage<Void> onCore(Runnable task) {
        if (runtime.core().inCoreThread()) {
            try {
                task.run();
                return ActionHandler.DONE;
            } catch (RuntimeException e) {
                return CompletableFuture.failedStage(e);
            }
        }
        if (coreSteps != null) {
            return coreSteps.submit(task);
        }
        return runtime.core().submit(() -> {
            task.run();
            return null;
        });
    }

    /**
     * A stage that completes after {@code delay} of PBX clock time, without blocking any thread.
     * Asterisk's sleep(1) after a failed login is a timer on the core, so a virtual clock controls
     * it in tests; should the core queue be full, real time on this action's timer stands in.
     */
    public CompletionStage<Void> after(Duration delay) {
        CompletableFuture<Void> f = new CompletableFuture<>();
        CoreLoop core = runtime.core();
        if (!core.execute(() -> core.schedule(delay, () -> f.complete(null)))) {
            timer.schedule(() -> f.complete(null), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return f;
    }

    public ScheduledExecutorService timer() {
        return timer;
    }
}
