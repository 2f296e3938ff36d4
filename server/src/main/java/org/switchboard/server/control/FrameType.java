package org.switchboard.server.control;

import java.util.Optional;

/** The kinds of frame on the control socket; the code is the frame's first byte (see README). */
public enum FrameType {
    /** Server to client, first frame: protocol version, host name, pid, version text. */
    HELLO('H'),
    /** Client to server: run this command line. */
    EXECUTE('X'),
    /** Server to client, answers EXECUTE: one status byte (0 success, 1 failure), then the output. */
    OUTPUT('O'),
    /** Client to server: complete this partial line. */
    COMPLETE('C'),
    /** Server to client, answers COMPLETE: the candidates as a string list. */
    MATCHES('M'),
    /** Client to server: send me the server's log lines from now on. Not answered. */
    ATTACH_LOG('A'),
    /** Server to client, at any time after ATTACH_LOG: one formatted log line (UTF-8). */
    LOG('L'),
    /** Server to client: the request was not understood; the server closes the connection. */
    ERROR('E');

    private final byte code;

    FrameType(char code) {
        this.code = (byte) code;
    }

    public byte code() {
        return code;
    }

    public static Optional<FrameType> of(byte code) {
        for (FrameType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
