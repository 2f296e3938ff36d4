package org.switchboard.manager.session;

import java.util.List;
import java.util.Optional;

import org.switchboard.manager.event.RenderedEvent;

/**
 * The events kept for a session that has no socket to push them to (AMI over HTTP): WaitEvent
 * hands them out (spec 01 §7.4). A session's {@link SessionOutput} implements this when it keeps
 * events instead of writing them. Thread-safe.
 */
public interface EventMailbox {
    /**
     * Seconds from now until the session expires (its {@code sessiontimeout}); zero or negative
     * when it is already due. WaitEvent waits at most this minus 10 s.
     */
    long secondsToExpiry();

    /**
     * Starts a WaitEvent. An earlier wait on the same session gives up: it is woken and then
     * answers nothing (manager.c action_waitevent, "Abandoning event request").
     *
     * @param wake run, on any thread, when an event arrives, the session is being destroyed, or
     *             a later wait takes over
     */
    Waiter startWait(Runnable wake);

    /** One WaitEvent in progress. */
    interface Waiter {
        /** True when the wait can end at once: events are kept, or the session is being destroyed. */
        boolean ready();

        /**
         * Ends the wait and hands over every kept event, oldest first (the mailbox is then empty);
         * empty when a later wait took over, in which case this one must answer nothing.
         */
        Optional<List<RenderedEvent>> finish();
    }
}
