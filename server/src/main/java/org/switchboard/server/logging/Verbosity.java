package org.switchboard.server.logging;

import java.util.Optional;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * Applies the command line's {@code -v} count to Switchboard's own loggers, the way
 * {@code asterisk -v} raises the console's verbosity: none shows NOTICE and above, {@code -v}
 * adds VERBOSE (SLF4J DEBUG), {@code -vv} adds DEBUG (SLF4J TRACE). Third-party loggers keep
 * logback.xml's levels, so Netty's debug chatter never floods the console.
 */
public final class Verbosity {
    /** The logger every Switchboard class logs under. */
    public static final String SWITCHBOARD_LOGGER = "org.switchboard";

    private Verbosity() { }

    public static Level levelFor(int verbosity) {
        if (verbosity <= 0) {
            return Level.INFO;
        }
        return verbosity == 1 ? Level.DEBUG : Level.TRACE;
    }

    /** Sets Switchboard's log level for a server run with {@code verbosity} {@code -v} flags. */
    public static void applyToServer(int verbosity) {
        logbackContext().ifPresent(context -> context.getLogger(SWITCHBOARD_LOGGER).setLevel(levelFor(verbosity)));
    }

    /**
     * A client (-x, -r) prints only what the server sends: its own log stays quiet unless
     * {@code -v} asks for it, so that nothing mixes into command output.
     */
    public static void applyToClient(int verbosity) {
        logbackContext().ifPresent(context -> {
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            root.setLevel(verbosity <= 0 ? Level.OFF : levelFor(verbosity));
            context.getLogger(SWITCHBOARD_LOGGER).setLevel(verbosity <= 0 ? Level.OFF : levelFor(verbosity));
        });
    }

    static Optional<LoggerContext> logbackContext() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                ? Optional.of(context) : Optional.empty();
    }
}
