package org.switchboard.bench.mode;

/** A run that could not be measured: the server refused the login, closed a session, never answered. */
public final class BenchException extends Exception {
    private static final long serialVersionUID = 1L;

    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
