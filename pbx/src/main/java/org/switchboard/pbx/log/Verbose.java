package org.switchboard.pbx.log;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Asterisk's verbose messages (ast_verb): a level 1..10, shown only when the console verbosity is
 * at least that level, with Asterisk's prefixes ({@code "  == "} for 2, {@code "    -- "} for 3,
 * {@code "       > "} for 4 and above). They go to SLF4J at INFO with the {@link #MARKER} marker.
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

    /** Logs {@code message} if the verbosity is at least {@code level}. */
    public static void log(Logger logger, int level, String message) {
        if (enabled(level) && logger.isInfoEnabled()) {
            logger.info(MARKER, prefix(level) + message);
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
