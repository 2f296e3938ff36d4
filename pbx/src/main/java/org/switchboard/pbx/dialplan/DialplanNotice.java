package org.switchboard.pbx.dialplan;

import java.util.Objects;

import org.switchboard.config.Location;

/**
 * Something Asterisk logs while loading a dialplan: a bad line, a duplicate priority, a missing
 * included context. The message is Asterisk's own text, its "at line N of FILE" included.
 *
 * @param severity the level Asterisk logs it at
 * @param location the line it is about, or null
 * @param message  the text
 */
public record DialplanNotice(Severity severity, Location location, String message) {

    /** Asterisk's log levels used by the loader. */
    public enum Severity { NOTICE, WARNING, ERROR }

    public DialplanNotice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + ": " + message;
    }
}
