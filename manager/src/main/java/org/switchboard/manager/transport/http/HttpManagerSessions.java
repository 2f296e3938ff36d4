package org.switchboard.manager.transport.http;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.manager.ManagerRuntime;
import org.switchboard.manager.acl.NumericAddress;
import org.switchboard.manager.filter.FilterSet;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.manager.session.Transport;
import org.switchboard.manager.settings.ManagerUser;
import org.switchboard.pbx.log.Verbose;
import org.switchboard.protocol.Ascii;

/**
 * Every AMI session reached over HTTP, cookie and digest alike (manager.c find_session,
 * find_session_by_nonce, build_mansession, session_destroy, purge_sessions). A new session is
 * also registered with the manager's session list (so {@code manager show connected} lists it)
 * and with the event dispatcher (so it keeps events for WaitEvent). Thread-safe.
 */
final class HttpManagerSessions {
    private static final Logger log = LoggerFactory.getLogger("manager");

    private final ManagerRuntime runtime;
    private final SecureRandom random = new SecureRandom();
    private final List<HttpManagerSession> sessions = new ArrayList<>();

    HttpManagerSessions(ManagerRuntime runtime) {
        this.runtime = runtime;
    }

    /** Wall-clock seconds: HTTP session lifetimes are real time, not the PBX clock. */
    static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    /** The live session with this cookie id, now used by one more request; empty for 0 or unknown. */
    synchronized Optional<HttpManagerSession> useCookie(long id) {
        if (id == 0) {
            return Optional.empty();
        }
        for (HttpManagerSession s : sessions) {
            if (s.managerId() == id && s.tryUse()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * A new unauthenticated cookie session, used by the current request: a random non-zero 32-bit
     * id and send_events 0 (spec 01 §7.4).
     */
    HttpManagerSession createCookie(InetSocketAddress remote, InetSocketAddress listener) {
        synchronized (this) {
            long id;
            do {
                id = random.nextInt() & 0xFFFFFFFFL;
            } while (id == 0 || idTaken(id));
            HttpManagerSession s = newSession(false, id, remote, listener);
            s.ami().sendEvents(0);
            s.tryUse();
            return s;
        }
    }

    /** The result of looking a digest session up by user name and nonce. */
    record NonceMatch(HttpManagerSession session, boolean stale) { }

    /** The session of {@code username} (ignoring case) whose nonce, current or previous, is {@code nonce}. */
    synchronized Optional<NonceMatch> findByNonce(String username, long nonce) {
        if (nonce == 0) {
            return Optional.empty();
        }
        for (HttpManagerSession s : sessions) {
            if (!Ascii.equalsIgnoreCase(s.ami().username(), username)) {
                continue;
            }
            if (s.managerId() == nonce) {
                return Optional.of(new NonceMatch(s, false));
            }
            if (s.oldNonce() == nonce) {
                return Optional.of(new NonceMatch(s, true));
            }
        }
        return Optional.empty();
    }

    /**
     * A new digest session, authenticated at once with the user's permissions and write timeout
     * but, as in Asterisk, without the user's filters or setvars (spec 01 §7.5).
     */
    HttpManagerSession createDigest(ManagerUser user, long nonce, InetSocketAddress remote,
                                    InetSocketAddress listener) {
        synchronized (this) {
            HttpManagerSession s = newSession(true, nonce, remote, listener);
            s.startNonce(nowSeconds());
            s.ami().authenticate(user.name(), user.readPerm(), user.writePerm(), user.writeTimeoutMs(),
                    FilterSet.EMPTY, List.of(), runtime.clock().now());
            return s;
        }
    }

    /** A random nonce for a 401: ast_random's range, never 0 (0 means "no session"). */
    long newNonce() {
        return 1 + random.nextInt(Integer.MAX_VALUE - 1);
    }

    /** build_mansession: listed here, in the manager's session list and with the event dispatcher. */
    private HttpManagerSession newSession(boolean digest, long id, InetSocketAddress remote,
                                          InetSocketAddress listener) {
        HttpManagerSession[] self = new HttpManagerSession[1];
        HttpManagerSession s = new HttpManagerSession(digest, id, HttpManagerSessions::nowSeconds,
                () -> runtime.settings().general().httpTimeout(), () -> destroyIfIdle(self[0]));
        self[0] = s;
        AmiSession ami = new AmiSession(runtime.sessions().nextId(), -1, Transport.HTTP, remote, listener,
                runtime.clock().now(), s);
        s.bind(ami);
        sessions.add(s);
        runtime.sessions().add(ami);
        runtime.core().execute(() -> runtime.dispatcher().add(ami));
        return s;
    }

    private boolean idTaken(long id) {
        for (HttpManagerSession s : sessions) {
            if (s.managerId() == id) {
                return true;
            }
        }
        return false;
    }

    /** session_destroy: gone from every list; a pending WaitEvent ends. */
    void destroy(HttpManagerSession s) {
        synchronized (this) {
            if (!sessions.remove(s)) {
                return;
            }
        }
        s.markDestroyed();
        AmiSession ami = s.ami();
        runtime.sessions().remove(ami);
        runtime.core().execute(() -> runtime.dispatcher().remove(ami));
    }

    private void destroyIfIdle(HttpManagerSession s) {
        if (s.expired(nowSeconds())) {
            destroy(s);
        }
    }

    /** purge_sessions: removes every session that expired (or was marked) and is not in use. */
    int purge() {
        long now = nowSeconds();
        List<HttpManagerSession> due = new ArrayList<>();
        synchronized (this) {
            for (HttpManagerSession s : sessions) {
                if (s.expired(now)) {
                    due.add(s);
                }
            }
        }
        for (HttpManagerSession s : due) {
            AmiSession ami = s.ami();
            if (ami.authenticated() && displayConnects(ami.username())) {
                Verbose.log(log, 2, "HTTP Manager '" + ami.username() + "' timed out from "
                        + NumericAddress.format(ami.remote().getAddress()));
            }
            destroy(s);
        }
        return due.size();
    }

    /** Ends every session (server shutdown). */
    void destroyAll() {
        List<HttpManagerSession> all;
        synchronized (this) {
            all = new ArrayList<>(sessions);
        }
        all.forEach(this::destroy);
    }

    boolean displayConnects(String username) {
        return runtime.settings().user(username).map(ManagerUser::displayConnects).orElse(false);
    }

    synchronized int size() {
        return sessions.size();
    }
}
