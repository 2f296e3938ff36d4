package org.switchboard.config;

import java.util.Objects;

/**
 * Something Asterisk's loader logs without refusing the file: an unknown directive, a line
 * without '=', a disabled {@code #exec}, a broken {@code #include}d file (config.c skips the rest of
 * that file but keeps loading the includer). The reader logs each notice through SLF4J as well.
 *
 * @param severity the level Asterisk logs it at
 * @param location the file and line, or null when Asterisk ties it to none
 * @param message  the text, without the location
 */
public record ConfigNotice(Severity severity, Location location, String message) {

    /** The two levels config.c uses for problems in a file. */
    public enum Severity { WARNING, ERROR }

    public ConfigNotice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location == null ? message : location + ": " + message;
    }
}
