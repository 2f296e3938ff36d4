package org.switchboard.server;

/** How the foreground server learns that it should stop. */
public interface Termination {
    /** Blocks until the process is asked to stop (Ctrl-C, SIGTERM, {@link #requestStop}). */
    void await() throws InterruptedException;

    /** Ends {@link #await()} from inside the process, as {@code core stop gracefully} does. */
    default void requestStop() {
    }

    /**
     * Runs {@code cleanup} if the JVM exits while the server still runs (another signal, an
     * {@code exit} elsewhere): the shutdown hook. {@code cleanup} must be idempotent.
     */
    void atExit(Runnable cleanup);
}
