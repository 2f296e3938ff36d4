package org.switchboard.config;

/**
 * A line that makes Asterisk give up on the file it is in (process_text_line returning -1). The
 * file's loader turns it into a notice at the line's location and stops reading that file.
 */
final class LineRejected extends Exception {
    private static final long serialVersionUID = 1L;

    private final ConfigNotice.Severity severity;

    LineRejected(ConfigNotice.Severity severity, String message) {
        super(message, null, false, false);
        this.severity = severity;
    }

    static LineRejected warning(String message) {
        return new LineRejected(ConfigNotice.Severity.WARNING, message);
    }

    static LineRejected error(String message) {
        return new LineRejected(ConfigNotice.Severity.ERROR, message);
    }

    ConfigNotice.Severity severity() { return severity; }
}
