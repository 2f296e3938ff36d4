package org.switchboard.server.logging;

import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.switchboard.pbx.log.Verbose;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * Applies the command line's {@code -v} and {@code -d} to Switchboard's own loggers, the way
 * {@code asterisk -v -d} do: each {@code -v} raises the verbosity (Asterisk's levels 1..10, gated
 * in {@link Verbose}; asterisk.conf {@code verbose} is the floor), and VERBOSE messages (SLF4J
 * DEBUG) are let through; {@code -d} adds DEBUG (SLF4J TRACE). Third-party loggers keep
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

    /**
     * A server shows verbose messages up to its verbosity (the {@code -v} count, raised by
     * asterisk.conf), and debug messages with {@code -d}.
     */
    public static void applyToServer(int verbosity, boolean debug) {
        Verbose.setLevel(verbosity);
        logbackContext().ifPresent(context -> context.getLogger(SWITCHBOARD_LOGGER)
                .setLevel(debug ? Level.TRACE : Level.DEBUG));
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
