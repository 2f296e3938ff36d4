package org.switchboard.manager.transport.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import io.netty.buffer.ByteBuf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.EventMailbox;
import org.switchboard.manager.session.SessionOutput;

/**
 * What an AMI session reached over HTTP keeps between requests (manager.c mansession_session's
 * HTTP fields): its id ({@code mansession_id} cookie, or the current nonce of a digest session),
 * the digest nonce state, how many requests use it, when it expires, and the events it was given
 * since the last WaitEvent (spec 01 §7.4, §7.5).
 *
 * <p>It is the session's {@link SessionOutput}: events are kept here instead of being written,
 * and a request's replies go to that request's own {@link ReplyCollector}, so bytes sent to the
 * session outside a request have nowhere to go and are dropped. {@link #closeAfterPending()}
 * (shutdown) marks it for destruction. Thread-safe: state is guarded by this object's lock;
 * wake-ups run outside it.
 */
final class HttpManagerSession implements SessionOutput, EventMailbox {
    private static final Logger log = LoggerFactory.getLogger("http");

    /**
     * At most this many events are kept for one session; the oldest go first. Asterisk keeps one
     * shared list without a cap; a cap keeps a session nobody polls from holding memory.
     */
    static final int MAX_KEPT_EVENTS = 10_000;

    private record Kept(RenderedEvent event, long atNanos) { }

    private final boolean digest;
    private final LongSupplier nowSeconds;
    private final IntSupplier httpTimeout;
    private final Runnable destroyRequest;
    private AmiSession ami;

    private long managerId;
    private long oldNonce;
    private long nonceCount;
    private long nonceTime;
    private int inUse;
    private boolean needDestroy;
    private boolean destroyed;
    private long expiresAt;
    private final ArrayDeque<Kept> kept = new ArrayDeque<>();
    private Wait wait;
    private boolean overflowLogged;

    /**
     * @param nowSeconds     real time in epoch seconds (session lifetimes are wall-clock, as
     *                       Asterisk's time(NULL))
     * @param httpTimeout    manager.conf httptimeout, read live
     * @param destroyRequest asks the store to destroy this session once no request uses it
     */
    HttpManagerSession(boolean digest, long managerId, LongSupplier nowSeconds, IntSupplier httpTimeout,
                       Runnable destroyRequest) {
        this.digest = digest;
        this.managerId = managerId;
        this.nowSeconds = nowSeconds;
        this.httpTimeout = httpTimeout;
        this.destroyRequest = destroyRequest;
    }

    void bind(AmiSession session) {
        this.ami = session;
    }

    AmiSession ami() {
        return ami;
    }

    boolean digest() {
        return digest;
    }

    synchronized long managerId() {
        return managerId;
    }

    // ---- cookie sessions: requests in use, expiry ----

    /** find_session with incinuse: a live session takes one more request. */
    synchronized boolean tryUse() {
        if (needDestroy || destroyed) {
            return false;
        }
        inUse++;
        return true;
    }

    /**
     * A cookie request ends (generic_http_callback): the session lives httptimeout more seconds
     * if it is authenticated (or httptimeout is below 5), else 5. Returns true when it must be
     * destroyed now (it was marked and no other request uses it).
     */
    boolean endRequest(int httpTimeoutSeconds) {
        synchronized (this) {
            long life = ami.authenticated() || httpTimeoutSeconds < 5 ? httpTimeoutSeconds : 5;
            expiresAt = nowSeconds.getAsLong() + life;
            if (needDestroy && inUse == 1) {
                return true;
            }
            inUse--;
            return false;
        }
    }

    /** A digest request starts: the session lives max(httptimeout, 5) seconds (auth_http_callback). */
    synchronized void touchDigest(int httpTimeoutSeconds) {
        expiresAt = nowSeconds.getAsLong() + Math.max(httpTimeoutSeconds, 5);
    }

    /** purge_sessions: expired and not in use. */
    synchronized boolean expired(long now) {
        return !destroyed && inUse == 0 && ((expiresAt != 0 && now > expiresAt) || needDestroy);
    }

    /** Marks the session for destruction and wakes a pending WaitEvent. */
    void markNeedDestroy() {
        Wait w;
        synchronized (this) {
            needDestroy = true;
            w = wait;
        }
        if (w != null) {
            w.wake.run();
        }
    }

    /** The session is gone: nothing is kept any more and a waiter is woken. */
    void markDestroyed() {
        Wait w;
        synchronized (this) {
            destroyed = true;
            needDestroy = true;
            kept.clear();
            w = wait;
        }
        if (w != null) {
            w.wake.run();
        }
    }

    synchronized boolean isDestroyed() {
        return destroyed;
    }

    // ---- digest sessions: nonce state (manager.c auth_http_callback) ----

    synchronized long oldNonce() {
        return oldNonce;
    }

    synchronized void startNonce(long now) {
        nonceTime = now;
    }

    /**
     * Checks the nonce count of a request on the current nonce: it must grow, and the nonce must
     * be at most 62 s old. Otherwise a new nonce replaces it (the old one is kept to recognise
     * stale requests) and is returned, to be sent with {@code stale=true}.
     *
     * @param count the request's nc, or empty when it sent none (no counter check then)
     */
    synchronized Optional<Long> checkNonce(Optional<Long> count, long now, LongSupplier newNonce) {
        boolean counterBad = count.isPresent() && Long.compareUnsigned(nonceCount, count.get()) >= 0;
        if (counterBad || now - nonceTime > 62) {
            nonceCount = 0;
            oldNonce = managerId;
            managerId = newNonce.getAsLong();
            nonceTime = now;
            return Optional.of(managerId);
        }
        count.ifPresent(c -> nonceCount = c);
        return Optional.empty();
    }

    // ---- SessionOutput ----

    @Override
    public boolean send(String text) {
        return false;
    }

    @Override
    public boolean send(ByteBuf bytes) {
        bytes.release();
        return false;
    }

    @Override
    public boolean sendEvent(RenderedEvent event) {
        Wait w;
        synchronized (this) {
            if (destroyed) {
                return false;
            }
            long now = System.nanoTime();
            dropOld(now);
            if (kept.size() >= MAX_KEPT_EVENTS) {
                kept.pollFirst();
                if (!overflowLogged) {
                    overflowLogged = true;
                    log.warn("HTTP manager session {} keeps more than {} events without a WaitEvent; dropping the oldest",
                            ami == null ? "?" : ami.describe(), MAX_KEPT_EVENTS);
                }
            }
            kept.addLast(new Kept(event, now));
            w = wait;
        }
        if (w != null) {
            w.wake.run();
        }
        return true;
    }

    /**
     * Events older than 2.5 times httptimeout (at most 2.5 hours) may be gone (manager.c
     * purge_events).
     */
    private void dropOld(long nowNanos) {
        long windowNanos = (long) (Math.min(httpTimeout.getAsInt(), 3600) * 2.5 * 1_000_000_000L);
        while (!kept.isEmpty() && nowNanos - kept.peekFirst().atNanos() > windowNanos) {
            kept.pollFirst();
        }
    }

    @Override
    public void closeAfterPending() {
        markNeedDestroy();
        destroyRequest.run();
    }

    @Override
    public synchronized boolean isClosing() {
        return needDestroy || destroyed;
    }

    /** HttpCnt: requests using a cookie session; Asterisk never counts digest requests. */
    @Override
    public synchronized int requestsInUse() {
        return digest ? 0 : inUse;
    }

    // ---- EventMailbox ----

    @Override
    public synchronized long secondsToExpiry() {
        return expiresAt - nowSeconds.getAsLong();
    }

    @Override
    public Waiter startWait(Runnable wake) {
        Wait previous;
        Wait next = new Wait(wake);
        synchronized (this) {
            previous = wait;
            wait = next;
            if (previous != null) {
                previous.superseded = true;
            }
        }
        if (previous != null) {
            previous.wake.run();
        }
        return next;
    }

    private final class Wait implements Waiter {
        private final Runnable wake;
        private boolean superseded;   // guarded by the session's lock

        Wait(Runnable wake) {
            this.wake = wake;
        }

        @Override
        public boolean ready() {
            synchronized (HttpManagerSession.this) {
                return !kept.isEmpty() || needDestroy || destroyed;
            }
        }

        @Override
        public Optional<List<RenderedEvent>> finish() {
            synchronized (HttpManagerSession.this) {
                if (superseded) {
                    return Optional.empty();
                }
                if (wait == this) {
                    wait = null;
                }
                dropOld(System.nanoTime());
                List<RenderedEvent> out = new ArrayList<>(kept.size());
                for (Kept k : kept) {
                    out.add(k.event());
                }
                kept.clear();
                return Optional.of(out);
            }
        }
    }
}
