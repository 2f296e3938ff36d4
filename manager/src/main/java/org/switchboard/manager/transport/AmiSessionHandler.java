package org.switchboard.manager.transport;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.AmiVersions;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.action.ActionDispatcher;
import org.switchboard.manager.action.ActionDispatcher.Dispatched;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.SessionOutbound;
import org.switchboard.manager.session.Transport;
import org.switchboard.manager.settings.GeneralSettings;
import org.switchboard.manager.settings.ManagerUser;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.protocol.AmiMessage;

/**
 * One connection's life (spec 01 §1.1, §2; manager.c session_do, do_message): the authlimit gate
 * and banner, the authtimeout, requests handled strictly one after another (a request that waits
 * on the core or a timer holds the next one back, as Asterisk's session thread does), and the
 * clean-up and log lines at the end.
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
    private AmiSession session;
    private boolean busy;
    private boolean ending;
    private boolean inputEnded;
    private ScheduledFuture<?> authTimer;

    AmiSessionHandler(ManagerRuntime runtime, ActionDispatcher actions, Transport transport) {
        this.runtime = runtime;
        this.actions = actions;
        this.transport = transport;
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
        SessionOutbound outbound = new SessionOutbound(ctx.channel(), SessionOutbound.DEFAULT_MAX_BACKLOG_BYTES);
        outbound.describeAs(remote.getAddress().getHostAddress());
        Instant now = runtime.clock().now();
        session = new AmiSession(runtime.sessions().nextId(), runtime.sessions().nextDescriptor(), transport,
                remote, listenerAddress, now, outbound);
        session.holdAuthSlot();
        runtime.sessions().add(session);
        outbound.send(AmiVersions.BANNER + "\r\n");
        scheduleAuthTimeout(ctx, general.authTimeout());
        ctx.fireChannelActive();
    }

    /**
     * Asterisk counts whole seconds from time() at connect and drops the client once more than
     * authtimeout seconds have passed, i.e. at the start of second connect+authtimeout+1.
     */
    private void scheduleAuthTimeout(ChannelHandlerContext ctx, int authTimeout) {
        long nowMillis = System.currentTimeMillis();
        long deadline = (nowMillis / 1000 + authTimeout + 1) * 1000;
        authTimer = ctx.executor().schedule(() -> {
            if (!session.authenticated()) {
                if (runtime.settings().general().displayConnects()) {
                    Verbose.log(log, 2, "Client from " + ip() + ", failed to authenticate in " + authTimeout + " seconds");
                }
                ctx.close();
            }
        }, deadline - nowMillis, TimeUnit.MILLISECONDS);
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
        pending.add(message);
        if (pending.size() > PENDING_HIGH) {
            ctx.channel().config().setAutoRead(false);
        }
        if (!busy) {
            work(ctx);
        }
    }

    private void work(ChannelHandlerContext ctx) {
        AmiMessage next;
        while (!busy && !ending && (next = pending.poll()) != null) {
            Dispatched d = actions.dispatch(session, next, ctx.executor());
            CompletableFuture<Void> done = d.done().toCompletableFuture();
            if (done.isDone()) {
                finished(d);
            } else {
                busy = true;
                done.whenComplete((v, e) -> ctx.executor().execute(() -> {
                    if (e != null) {
                        log.error("Manager action failed", e);
                    }
                    busy = false;
                    finished(d);
                    work(ctx);
                }));
            }
        }
        if (inputEnded && !busy && !ending) {
            ending = true;
            session.output().closeAfterPending();
            return;
        }
        if (pending.size() < PENDING_LOW && !ending && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    private void finished(Dispatched d) {
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
        return session.remote().getAddress().getHostAddress();
    }
}
