package org.switchboard.manager.transport.tls;

import java.nio.file.Path;

/**
 * The TLS listener cannot be set up from its settings: an unreadable or invalid certificate or
 * key, or a cipher list that leaves nothing usable. Where a file is at fault the message
 * names it, and {@link #file()} returns it. Asterisk logs and serves plain AMI only; Switchboard
 * fails closed instead.
 */
public class TlsSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public TlsSetupException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public TlsSetupException(String message) {
        this(message, null, null);
    }

    /** The file at fault, or null when the problem is not a file. */
    public Path file() {
        return file;
    }
}
