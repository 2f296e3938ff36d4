package org.switchboard.testkit.soak;

import java.io.IOException;
import java.time.Duration;

/** One kind of load of a soak: started, stopped, then checked. */
interface SoakLoad extends AutoCloseable {
    /** Opens its sessions and starts sending. */
    void start() throws IOException;

    /** Sends nothing more. */
    void stop();

    /**
     * Waits (at most {@code patience}) until everything sent has had its effect, and records in
     * the problems whatever did not (a reply or an event that never came, a channel left).
     */
    void finish(Duration patience);

    /** How many units of work completed so far (logins, calls, events delivered). */
    long completed();

    /** One line on what it did, for the report. */
    String summary();

    @Override
    void close();
}
