package org.switchboard.pbx.core;

/** A handle on a scheduled timer. */
@FunctionalInterface
public interface Cancellable {
    /** Stops the timer if it has not fired yet; harmless afterwards. */
    void cancel();
}
