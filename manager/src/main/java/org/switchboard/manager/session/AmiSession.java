package org.switchboard.manager.session;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.auth.Permissions;
import org.switchboard.manager.event.FilterableEvent;
import org.switchboard.manager.event.RenderedEvent;
import org.switchboard.manager.filter.FilterSet;

/**
 * One manager session (spec 01 §2.1): who it is, what it may do and receive, and how to reach it.
 * The fields that login and the Events/Filter actions change are written on the core thread and
 * read by the event dispatcher there; the I/O thread reads them for permission checks, hence
 * volatile.
 */
public final class AmiSession {
    private final long id;
    private final int descriptor;
    private final Transport transport;
    private final InetSocketAddress remote;
    private final InetSocketAddress listenerAddress;
    private final Instant connectedAt;
    private final SessionOutput outbound;
    private final String securityId;

    private volatile boolean authenticated;
    private volatile String username = "";
    private volatile int readPerm;
    private volatile int writePerm;
    /** 22.10.1: a new TCP session starts with every bit (-1) (spec 01 §2.3). */
    private volatile int sendEvents = -1;
    private volatile int writeTimeoutMs = 100;
    private volatile FilterSet filters = FilterSet.EMPTY;
    private volatile List<Map.Entry<String, String>> setvars = List.of();
    private volatile Instant sessionStart;
    private volatile boolean kicked;
    private volatile Runnable inputListener;
    private final java.util.concurrent.atomic.AtomicBoolean holdsAuthSlot = new java.util.concurrent.atomic.AtomicBoolean();
    private String challenge = "";

    // core thread only: a pending WaitEvent holds back delivery until it completes
    private WaitEventHold hold;
    // core thread only: events held while an action of this session is in progress
    private List<RenderedEvent> actionHold;

    public AmiSession(long id, int descriptor, Transport transport, InetSocketAddress remote,
                      InetSocketAddress listenerAddress, Instant connectedAt, SessionOutput outbound) {
        this.id = id;
        this.descriptor = descriptor;
        this.transport = transport;
        this.remote = remote;
        this.listenerAddress = listenerAddress;
        this.connectedAt = connectedAt;
        this.outbound = outbound;
        this.securityId = String.format("0x%x", 0x7f3a2c000000L + id * 0x1a0);
    }

    public long id() { return id; }

    /** What {@code manager show connected} prints as FileDes and {@code manager kick session} takes. */
    public int descriptor() { return descriptor; }

    public Transport transport() { return transport; }
    public InetSocketAddress remote() { return remote; }

    /** The listener's bind address: security events print it as LocalAddress (spec 01 §8). */
    public InetSocketAddress listenerAddress() { return listenerAddress; }

    public Instant connectedAt() { return connectedAt; }
    public SessionOutput output() { return outbound; }

    /** The opaque SessionID of security events. */
    public String securityId() { return securityId; }

    public boolean authenticated() { return authenticated; }

    /** The user name exactly as the client typed it at login ("" before). */
    public String username() { return username; }

    public int readPerm() { return readPerm; }
    public int writePerm() { return writePerm; }
    public int sendEvents() { return sendEvents; }
    public int writeTimeoutMs() { return writeTimeoutMs; }
    public FilterSet filters() { return filters; }
    public List<Map.Entry<String, String>> setvars() { return setvars; }

    /** Login time, or null before login (SessionTV then prints the epoch). */
    public Instant sessionStart() { return sessionStart; }

    public boolean kicked() { return kicked; }

    /** Marks that this session took one of the authlimit slots (TCP and TLS sessions do). */
    public void holdAuthSlot() { holdsAuthSlot.set(true); }

    /** True exactly once if the session held an authlimit slot: the caller gives it back. */
    public boolean releaseAuthSlot() { return holdsAuthSlot.compareAndSet(true, false); }

    /** Called by the transport when bytes arrive; a TCP WaitEvent ends on input (spec 01 §9.1). */
    public void inputArrived() {
        Runnable l = inputListener;
        if (l != null) {
            l.run();
        }
    }

    public void onInput(Runnable listener) { this.inputListener = listener; }
    public void markKicked() { kicked = true; }

    /** The MD5 challenge of this session, "" until Challenge is called; never reset. */
    public String challenge() { return challenge; }
    public void challenge(String value) { this.challenge = value; }

    /** Copies the user's settings in at successful login (spec 01 §2.3 step 8). */
    public void authenticate(String typedUsername, int read, int write, int writeTimeout,
                             FilterSet userFilters, List<Map.Entry<String, String>> userSetvars, Instant start) {
        this.username = typedUsername;
        this.readPerm = read;
        this.writePerm = write;
        this.writeTimeoutMs = writeTimeout;
        this.filters = userFilters;
        this.setvars = List.copyOf(userSetvars);
        this.sessionStart = start;
        if (outbound instanceof SessionOutbound socket) {
            socket.writeTimeoutMs(writeTimeout);
            socket.describeAs(username + "@" + NumericAddress.format(remote.getAddress()));
        }
        this.authenticated = true;
    }

    public void sendEvents(int mask) { this.sendEvents = mask; }

    public void filters(FilterSet value) { this.filters = value; }

    /**
     * spec 01 §2.5: authenticated, every category bit readable and wanted, and filters agree.
     * An AMI-over-HTTP session takes every event: 22.10.1 keeps them all for it and applies these
     * checks when WaitEvent hands them out, with the mask and permissions of that moment
     * (spec 01 §7.4; manager.c action_waitevent).
     */
    public boolean accepts(RenderedEvent event) {
        if (transport == Transport.HTTP) {
            return true;
        }
        int category = event.category();
        return authenticated
                && Permissions.covers(readPerm, category)
                && Permissions.covers(sendEvents, category)
                && filters.accepts(event);
    }

    /** Same test for event types that are not RenderedEvents (WaitEvent replay). */
    public boolean accepts(int category, FilterableEvent event) {
        return authenticated && Permissions.covers(readPerm, category)
                && Permissions.covers(sendEvents, category) && filters.accepts(event);
    }

    /** Delivers an event that passed {@link #accepts} (core thread). */
    public void deliver(RenderedEvent event) {
        if (actionHold != null) {
            actionHold.add(event);
        } else if (hold != null) {
            hold.events.add(event);
        } else if (outbound != null) {
            outbound.sendEvent(event);
        }
    }

    /**
     * Holds events back while one of this session's actions is in progress, as Asterisk's
     * session thread writes queued events only between actions (a synchronous Originate's
     * response precedes the events of its call). Core thread.
     */
    public void holdEventsDuringAction() {
        if (actionHold == null) {
            actionHold = new ArrayList<>();
        }
    }

    /** Ends {@link #holdEventsDuringAction()} and delivers what was held, in order (core thread). */
    public void releaseActionHold() {
        List<RenderedEvent> held = actionHold;
        actionHold = null;
        if (held != null) {
            held.forEach(this::deliver);
        }
    }

    /** Starts holding events back for a pending WaitEvent (core thread). */
    public WaitEventHold hold(Runnable onWake) {
        hold = new WaitEventHold(onWake);
        return hold;
    }

    public WaitEventHold currentHold() {
        return hold;
    }

    /** Ends the hold and returns what was held (core thread). */
    public List<RenderedEvent> release() {
        WaitEventHold h = hold;
        hold = null;
        return h == null ? List.of() : h.events;
    }

    /** Describes the session in logs: {@code 127.0.0.1 (user 'admin')}. */
    public String describe() {
        String ip = NumericAddress.format(remote.getAddress());
        return authenticated ? ip + " (user '" + username + "')" : ip;
    }

    /** A WaitEvent in progress: events held back and what to do when something happens. */
    public static final class WaitEventHold {
        private final List<RenderedEvent> events = new ArrayList<>();
        private final Runnable onWake;

        WaitEventHold(Runnable onWake) {
            this.onWake = onWake;
        }

        public void wake() {
            onWake.run();
        }
    }
}
