package org.switchboard.manager.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.switchboard.protocol.Ascii;

/**
 * Every live session (TCP, TLS and HTTP), and the count of TCP sessions that have not logged in
 * yet, which authlimit bounds (spec 01 §1.1). Thread-safe.
 */
public final class SessionRegistry {
    private final ConcurrentHashMap<Long, AmiSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    // descriptors stand in for Asterisk's file descriptors in CLI output; start where a real
    // process's first sockets would
    private final AtomicInteger descriptors = new AtomicInteger(20);
    private final AtomicInteger unauthenticated = new AtomicInteger();

    public long nextId() {
        return ids.incrementAndGet();
    }

    public int nextDescriptor() {
        return descriptors.incrementAndGet();
    }

    /**
     * Takes one of the {@code limit} slots for a session that has not logged in yet; false when
     * all are taken (the connection is then closed without a banner).
     */
    public boolean tryAdmitUnauthenticated(int limit) {
        while (true) {
            int n = unauthenticated.get();
            if (n >= limit) {
                return false;
            }
            if (unauthenticated.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Gives back a slot: the session logged in or went away before it did. */
    public void releaseUnauthenticated() {
        unauthenticated.decrementAndGet();
    }

    public int unauthenticatedCount() {
        return unauthenticated.get();
    }

    public void add(AmiSession session) {
        sessions.put(session.id(), session);
    }

    public void remove(AmiSession session) {
        sessions.remove(session.id());
    }

    /** Sessions in the order they connected. */
    public List<AmiSession> all() {
        List<AmiSession> list = new ArrayList<>(sessions.values());
        list.sort(Comparator.comparingLong(AmiSession::id));
        return list;
    }

    public int size() {
        return sessions.size();
    }

    /** Is some logged-in session using this user name (ignoring case)? (manager.c check_manager_session_inuse) */
    public boolean usernameInUse(String username) {
        for (AmiSession s : sessions.values()) {
            if (s.authenticated() && Ascii.equalsIgnoreCase(s.username(), username)) {
                return true;
            }
        }
        return false;
    }

    /** Sessions whose user name equals {@code username} ignoring case (AMI_CLIENT(user,sessions)). */
    public int countByUsername(String username) {
        int n = 0;
        for (AmiSession s : sessions.values()) {
            if (Ascii.equalsIgnoreCase(s.username(), username)) {
                n++;
            }
        }
        return n;
    }

    public Optional<AmiSession> byDescriptor(int descriptor) {
        for (AmiSession s : sessions.values()) {
            if (s.descriptor() == descriptor) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
