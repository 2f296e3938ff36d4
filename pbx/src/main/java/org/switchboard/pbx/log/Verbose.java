package org.switchboard.pbx.log;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Asterisk's verbose messages (ast_verb): a level 1..10, shown only when the verbosity is at least
 * that level, with Asterisk's prefixes ({@code "  == "} for 2, {@code "    -- "} for 3,
 * {@code "       > "} for 4 and above). Switchboard maps Asterisk's levels one to one onto SLF4J
 * (ERROR, WARNING=WARN, NOTICE=INFO, VERBOSE=DEBUG, DEBUG=TRACE), so these go out at DEBUG with
 * the {@link #MARKER} marker.
 */
public final class Verbose {
    /** Marks verbose records so a log configuration can route them. */
    public static final Marker MARKER = MarkerFactory.getMarker("VERBOSE");

    private static final AtomicInteger LEVEL = new AtomicInteger(0);

    private Verbose() { }

    /** The current verbosity ({@code core set verbose}, {@code -v}, asterisk.conf verbose). */
    public static int level() {
        return LEVEL.get();
    }

    public static void setLevel(int level) {
        LEVEL.set(Math.max(0, level));
    }

    public static boolean enabled(int level) {
        return LEVEL.get() >= level;
    }

    /** Raises the verbosity to at least {@code level} (asterisk.conf verbose is a floor). */
    public static void raiseTo(int level) {
        LEVEL.accumulateAndGet(level, Math::max);
    }

    /** Logs {@code message} if the verbosity is at least {@code level}. */
    public static void log(Logger logger, int level, String message) {
        if (enabled(level) && logger.isDebugEnabled()) {
            logger.debug(MARKER, prefix(level) + message);
        }
    }

    static String prefix(int level) {
        switch (level) {
            case 0:
            case 1: return "";
            case 2: return "  == ";
            case 3: return "    -- ";
            default: return "       > ";
        }
    }
}
