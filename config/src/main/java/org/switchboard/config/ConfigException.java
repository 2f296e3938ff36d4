package org.switchboard.config;

/**
 * A configuration file could not be used. The message names the file and line where that is
 * known ({@code manager.conf:12: ...}).
 */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file could not be used. */
    public enum Kind {
        /** The file (or a required #include) does not exist or cannot be read. */
        MISSING,
        /** The file exists but Asterisk would refuse it (CONFIG_STATUS_FILEINVALID). */
        INVALID
    }

    private final Kind kind;
    private final transient Location location;

    public ConfigException(Kind kind, Location location, String message) {
        super(location == null ? message : location + ": " + message);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() { return kind; }

    /** May be null when the problem is not tied to a line. */
    public Location location() { return location; }
}
