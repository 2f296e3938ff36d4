package org.switchboard.testkit.soak;

import java.io.IOException;
import java.time.Duration;

/**
 * One kind of load of a soak. The soak opens it, then calls {@link #send} at the load's rate from
 * a {@link Pacer} thread of its own, stops calling, lets it {@link #finish} and closes it.
 */
interface SoakLoad extends AutoCloseable {
    /** Names the load's pacer thread. */
    String name();

    /** How many units {@link #send} is asked for a second. */
    double perSecond();

    /** Opens the sessions the load keeps for its whole run. */
    default void open() throws IOException { }

    /** Sends this many units of work (logins, calls, events). */
    void send(int count);

    /**
     * Waits (at most {@code patience}) until everything sent has had its effect, and records in
     * the problems whatever did not (a reply or an event that never came, a channel left).
     */
    default void finish(Duration patience) { }

    /** How many units of work completed so far (logins, calls, events delivered). */
    long completed();

    /** One line on what it did, for the report. */
    String summary();

    /** Closes the load's sessions. */
    @Override
    default void close() { }
}
