package org.switchboard.server.logging;

import ch.qos.logback.classic.Level;

/**
 * Asterisk's log level names for SLF4J's levels. Asterisk has five console levels and SLF4J five
 * levels, so they map one to one, in order (see the module README):
 * ERROR = ERROR, WARN = WARNING, INFO = NOTICE, DEBUG = VERBOSE, TRACE = DEBUG.
 */
public final class AsteriskLevel {
    private AsteriskLevel() { }

    public static String nameOf(Level level) {
        return switch (level.toInt()) {
            case Level.ERROR_INT -> "ERROR";
            case Level.WARN_INT -> "WARNING";
            case Level.INFO_INT -> "NOTICE";
            case Level.DEBUG_INT -> "VERBOSE";
            default -> "DEBUG";
        };
    }
}
