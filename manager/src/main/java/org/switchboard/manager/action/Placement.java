package org.switchboard.manager.action;

/**
 * Where an {@link ActionHandler} may run, which decides how closely a session's pipelined
 * requests can follow one another. Whatever the placement, a session's replies and the events
 * its actions raise come out in the order of its requests.
 */
public enum Placement {
    /**
     * On the session's I/O thread, and the session reads its next request only once this one is
     * over (it may wait for a timer, for the core more than once, for another thread).
     */
    SESSION,
    /**
     * It writes nothing but in one {@link ActionContext#onCore} step and is over once that step
     * has run: the session runs it on the I/O thread as soon as it is read (its parsing and
     * preparing off the core), and its core step queues behind those of the requests before it,
     * without waiting for them to come back.
     */
    CORE,
    /**
     * It answers at once from state that any thread may read (Ping): on the I/O thread when the
     * session has nothing on the core, otherwise on the core behind what it handed over.
     */
    ANYWHERE
}
