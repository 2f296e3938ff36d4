package org.switchboard.manager.transport;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.AmiVersions;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.action.ActionDispatcher.Dispatched;
import org.switchboard.manager.action.Placement;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.SessionOutbound;
import org.switchboard.manager.session.Transport;
import org.switchboard.manager.settings.GeneralSettings;
import org.switchboard.manager.settings.ManagerUser;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.protocol.AmiError;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.protocol.AmiResponse;

/**
 * One connection's life (spec 01 §1.1, §2; manager.c session_do, do_message): the authlimit gate
 * and banner, the authtimeout, requests handled strictly one after another, and the clean-up and
 * log lines at the end.
 *
 * <p>"One after another" is about output: each request's replies, and the events it raises, come
 * before the next request's, as from Asterisk's session thread. A request that waits on a timer
 * or another thread holds the next one back. Requests whose whole work is one step on the core
 * ({@link Placement#CORE}) are handed to the core back to back instead, and those that need no
 * thread in particular ({@link Placement#ANYWHERE}) follow them there: the core runs them in the
 * order they were handed over, so the order holds without a round trip per request (a producer
 * pipelining UserEvents is not held to one core wake-up and one I/O wake-up per event).
 */
final class AmiSessionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.manager");
    /** Above this many unhandled requests, stop reading the socket until they are worked off. */
    private static final int PENDING_HIGH = 4096;
    private static final int PENDING_LOW = 1024;

    private final ManagerRuntime runtime;
    private final ActionDispatcher actions;
    private final Transport transport;
    private final ArrayDeque<AmiMessage> pending = new ArrayDeque<>();
    /** Requests handed to the core and not yet run there; the core thread counts them down. */
    private final AtomicInteger onCore = new AtomicInteger();
    private final CoreStepBatch coreSteps;
    /** Between the first channelRead of a burst and its channelReadComplete. */
    private boolean reading;
    private AmiSession session;
    private boolean busy;
    private boolean ending;
    private boolean inputEnded;
    private ScheduledFuture<?> authTimer;

    AmiSessionHandler(ManagerRuntime runtime, ActionDispatcher actions, Transport transport) {
        this.runtime = runtime;
        this.actions = actions;
        this.transport = transport;
        this.coreSteps = new CoreStepBatch(runtime.core());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        GeneralSettings general = runtime.settings().general();
        if (!runtime.sessions().tryAdmitUnauthenticated(general.authLimit())) {
            // authlimit: closed straight away, no banner, no event (manager.c session_do)
            ctx.close();
            return;
        }
        InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
        // security events name the listener's bind address, not the socket's own end (spec 01 §8)
        InetSocketAddress listenerAddress = (InetSocketAddress) ctx.channel().parent().localAddress();
        SessionOutbound outbound = new SessionOutbound(ctx.channel(), SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES,
                runtime.coreWriteBatch());
        outbound.describeAs(NumericAddress.format(remote.getAddress()));
        Instant now = runtime.clock().now();
        session = new AmiSession(runtime.sessions().nextId(), runtime.sessions().nextDescriptor(), transport,
                remote, listenerAddress, now, outbound);
        session.holdAuthSlot();
        runtime.sessions().add(session);
        outbound.send(AmiVersions.BANNER + "\r\n");
        scheduleAuthCheck(ctx, System.currentTimeMillis() / 1000, general.authTimeout());
        ctx.fireChannelActive();
    }

    /**
     * Asterisk counts whole seconds from time() at connect and drops the client once more than
     * authtimeout seconds have passed, i.e. at the start of second connect+authtimeout+1. Its
     * session thread reads the global authtimeout again each time its wait ends, so a reload that
     * raised the value in the meantime keeps the client waiting (manager.c get_input, do_message);
     * one that lowered it takes effect when the wait already under way ends.
     */
    private void scheduleAuthCheck(ChannelHandlerContext ctx, long connectSecond, int authTimeout) {
        long deadline = (connectSecond + authTimeout + 1) * 1000;
        authTimer = ctx.executor().schedule(() -> {
            if (session.authenticated()) {
                return;
            }
            int current = runtime.settings().general().authTimeout();
            if ((connectSecond + current + 1) * 1000 > System.currentTimeMillis()) {
                scheduleAuthCheck(ctx, connectSecond, current);
                return;
            }
            if (runtime.settings().general().displayConnects()) {
                Verbose.log(log, 2, "Client from " + ip() + ", failed to authenticate in " + current + " seconds");
            }
            ctx.close();
        }, deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt == BytesArrived.INSTANCE) {
            if (session != null) {
                session.inputArrived();
            }
            return;
        }
        if (evt instanceof ChannelInputShutdownEvent) {
            // a half-closed client still gets the answers to what it sent (manager.c get_input
            // finds the lines already read before it reads again), then the session ends
            inputEnded = true;
            if (session != null) {
                session.inputArrived();   // a WaitEvent returns on end of input, as on input (poll says readable)
            }
            if (session == null) {
                ctx.close();
            } else if (!busy) {
                work(ctx);
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof AmiMessage message)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (session == null || ending) {
            return;
        }
        reading = true;
        pending.add(message);
        if (pending.size() + onCore.get() > PENDING_HIGH) {
            ctx.channel().config().setAutoRead(false);
        }
        if (!busy) {
            work(ctx);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        reading = false;
        coreSteps.flush();
        ctx.fireChannelReadComplete();
    }

    private void work(ChannelHandlerContext ctx) {
        try {
            workPending(ctx);
        } finally {
            if (!reading) {
                coreSteps.flush();
            }
        }
    }

    private void workPending(ChannelHandlerContext ctx) {
        AmiMessage next;
        while (!busy && !ending && (next = pending.peek()) != null) {
            Placement placement = actions.placement(session, next);
            if (placement == Placement.CORE) {
                pending.poll();
                dispatchAhead(ctx, next);
                continue;
            }
            if (placement == Placement.ANYWHERE && onCore.get() > 0) {
                pending.poll();
                handToCore(ctx, next);
                continue;
            }
            if (onCore.get() > 0) {
                break;   // resumed by the core once what it was handed has run
            }
            pending.poll();
            Dispatched d = actions.dispatch(session, next, ctx.executor());
            CompletableFuture<Void> done = d.done().toCompletableFuture();
            if (done.isDone()) {
                finished(d, done);
            } else {
                busy = true;
                done.whenComplete((v, e) -> ctx.executor().execute(() -> {
                    busy = false;
                    finished(d, done);
                    work(ctx);
                }));
            }
        }
        if (inputEnded && !busy && !ending && onCore.get() == 0 && pending.isEmpty()) {
            ending = true;
            session.output().closeAfterPending();
            return;
        }
        if (pending.size() + onCore.get() < PENDING_LOW && !ending && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    /**
     * A {@link Placement#CORE} request: its handler runs here and now, and all it writes is in
     * the one core step it queues behind what the session handed over before.
     */
    private void dispatchAhead(ChannelHandlerContext ctx, AmiMessage message) {
        onCore.incrementAndGet();
        followOnCore(ctx, actions.dispatch(session, message, ctx.executor(), coreSteps));
    }

    /** A request that must answer behind what is on the core: the whole request runs there. */
    private void handToCore(ChannelHandlerContext ctx, AmiMessage message) {
        coreSteps.flush();   // behind the steps gathered before it
        onCore.incrementAndGet();
        if (!runtime.core().execute(() -> runOnCore(ctx, message))) {
            onCore.decrementAndGet();
            log.error("PBX core queue is full: manager action '{}' refused", message.action());
            session.output().send(AmiResponse.error(AmiError.INTERNAL_ERROR).encode(message.actionId()));
        }
    }

    private void runOnCore(ChannelHandlerContext ctx, AmiMessage message) {
        followOnCore(ctx, actions.dispatch(session, message, ctx.executor()));
    }

    private void followOnCore(ChannelHandlerContext ctx, Dispatched d) {
        CompletableFuture<Void> done = d.done().toCompletableFuture();
        done.whenComplete((v, e) -> stepDone(ctx, d, done));
    }

    /**
     * Any thread (mostly the core): a handed-over request is over. Should one not be over once its
     * core step ran (a handler breaking its placement's promise), the session still goes on once
     * it is; the last one of a run wakes the I/O thread for whatever waits behind them.
     */
    private void stepDone(ChannelHandlerContext ctx, Dispatched d, CompletableFuture<Void> done) {
        if (done.isCompletedExceptionally() || d.context().endsSession() || session.kicked()) {
            ctx.executor().execute(() -> finished(d, done));
        }
        if (onCore.decrementAndGet() == 0) {
            ctx.executor().execute(() -> work(ctx));
        }
    }

    private void finished(Dispatched d, CompletableFuture<Void> done) {
        if (done.isCompletedExceptionally()) {
            // the action failed past its checks (the core refused the work, a bug): the client
            // still gets an answer rather than silence
            log.error("Manager action '{}' failed", d.context().message().action(), done.handle((v, e) -> e).join());
            d.context().reply(AmiResponse.error(AmiError.INTERNAL_ERROR));
        }
        if (d.context().endsSession() || session.kicked()) {
            ending = true;
            pending.clear();
            session.output().closeAfterPending();
        }
    }

    /** Closes the session after what is queued (manager kick session). */
    void kick() {
        session.markKicked();
        session.output().closeAfterPending();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (session != null && ctx.channel().isWritable()) {
            ((SessionOutbound) session.output()).onWritable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (authTimer != null) {
            authTimer.cancel(false);
        }
        if (session == null) {
            return;
        }
        runtime.sessions().remove(session);
        if (session.releaseAuthSlot()) {
            runtime.sessions().releaseUnauthenticated();
        }
        if (session.authenticated()) {
            boolean display = runtime.settings().user(session.username())
                    .map(ManagerUser::displayConnects).orElse(false);
            if (display) {
                Verbose.log(log, 2, "Manager '" + session.username() + "' "
                        + (session.kicked() ? "kicked" : "logged off") + " from " + ip());
            }
        } else if (runtime.settings().general().displayConnects()) {
            Verbose.log(log, 2, "Connect attempt from '" + ip() + "' unable to authenticate");
        }
        AmiSession gone = session;
        runtime.core().execute(() -> {
            gone.release();
            runtime.dispatcher().remove(gone);
        });
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a reset or a TLS failure: the client is gone; never a stack trace to the client
        log.trace("Manager connection from {} failed: {}", session == null ? "?" : ip(), cause.toString());
        ctx.close();
    }

    private String ip() {
        return NumericAddress.format(session.remote().getAddress());
    }
}
