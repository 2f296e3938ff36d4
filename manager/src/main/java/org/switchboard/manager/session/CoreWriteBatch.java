package org.switchboard.manager.session;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.pbx.core.CoreLoop;

/**
 * Flush consolidation for what the core thread writes. A session's bytes queued by the core
 * during one burst of core work (a run of pipelined UserEvents, a call's events) are handed to
 * its I/O thread once, at the end of the burst, instead of waking that thread for each message:
 * one drain, one flush and one {@code writev} carry them all. Order is unaffected, since the
 * bytes are queued at once; only the wake-up waits for the end of the burst.
 */
public final class CoreWriteBatch {
    private final CoreLoop core;
    /** Core thread only. */
    private final List<SessionOutbound> waiting = new ArrayList<>();

    public CoreWriteBatch(CoreLoop core) {
        this.core = core;
        core.addEndOfBurstHook(this::flush);
    }

    /** Takes over starting {@code outbound}'s drain if the caller is the core thread. */
    boolean deferDrain(SessionOutbound outbound) {
        if (!core.inCoreThread()) {
            return false;
        }
        waiting.add(outbound);
        return true;
    }

    private void flush() {
        int n = waiting.size();
        for (int i = 0; i < n; i++) {
            waiting.get(i).startDrain();
        }
        waiting.clear();
    }
}
