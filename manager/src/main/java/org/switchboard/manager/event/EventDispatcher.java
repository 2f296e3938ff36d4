package org.switchboard.manager.event;

import java.util.Arrays;

import org.switchboard.manager.session.AmiSession;
import org.switchboard.pbx.core.CoreLoop;

/**
 * Fans each rendered event out to the sessions that accept it (core thread only). Only
 * authenticated sessions are listed, so sessions that have not logged in cost nothing; each
 * accepting session gets a view of the same bytes.
 */
public final class EventDispatcher {
    private final CoreLoop core;
    private AmiSession[] listeners = new AmiSession[0];
    private AmiSession[] waiting = new AmiSession[0];

    public EventDispatcher(CoreLoop core) {
        this.core = core;
    }

    /** Starts delivering to an authenticated session. */
    public void add(AmiSession session) {
        assert core.inCoreThread();
        for (AmiSession s : listeners) {
            if (s == session) {
                return;
            }
        }
        listeners = append(listeners, session);
    }

    public void remove(AmiSession session) {
        assert core.inCoreThread();
        listeners = without(listeners, session);
        waiting = without(waiting, session);
    }

    /** A session with a pending WaitEvent wakes on the next event of any kind (spec 01 §9.1). */
    public void addWaiter(AmiSession session) {
        assert core.inCoreThread();
        waiting = append(waiting, session);
    }

    public void removeWaiter(AmiSession session) {
        assert core.inCoreThread();
        waiting = without(waiting, session);
    }

    public int listenerCount() {
        return listeners.length;
    }

    /** Sessions with a pending WaitEvent (core thread; for tests and diagnostics). */
    public int waiterCount() {
        return waiting.length;
    }

    public void dispatch(RenderedEvent event) {
        assert core.inCoreThread();
        for (AmiSession s : listeners) {
            if (s.accepts(event)) {
                s.deliver(event);
            }
        }
        if (waiting.length > 0) {
            AmiSession[] wake = waiting;
            waiting = new AmiSession[0];
            for (AmiSession s : wake) {
                AmiSession.WaitEventHold hold = s.currentHold();
                if (hold != null) {
                    hold.wake();
                }
            }
        }
    }

    private static AmiSession[] append(AmiSession[] array, AmiSession s) {
        AmiSession[] copy = Arrays.copyOf(array, array.length + 1);
        copy[array.length] = s;
        return copy;
    }

    private static AmiSession[] without(AmiSession[] array, AmiSession s) {
        for (int i = 0; i < array.length; i++) {
            if (array[i] == s) {
                AmiSession[] copy = new AmiSession[array.length - 1];
                System.arraycopy(array, 0, copy, 0, i);
                System.arraycopy(array, i + 1, copy, i, array.length - i - 1);
                return copy;
            }
        }
        return array;
    }
}
