package org.switchboard.server.control;

import java.io.IOException;

/** The peer sent something the control protocol does not allow. */
public class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
