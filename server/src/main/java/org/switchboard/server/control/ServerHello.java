package org.switchboard.server.control;

import java.util.List;

/**
 * What the server says first on every control connection.
 *
 * @param hostName the server's host name (the console prompt uses it up to the first dot)
 * @param pid      the server's process id
 * @param version  a human-readable version, e.g. {@code Switchboard 0.1.0 (Asterisk 22.10.1)}
 */
public record ServerHello(String hostName, long pid, String version) {
    /** Bumped when a frame's meaning changes; clients refuse servers with another one. */
    public static final String PROTOCOL = "switchboard-control/1";

    Frame toFrame() {
        return Frame.utf8Strings(FrameType.HELLO, List.of(PROTOCOL, hostName, Long.toString(pid), version));
    }

    static ServerHello fromFrame(Frame frame) throws ProtocolException {
        if (frame.type() != FrameType.HELLO) {
            throw new ProtocolException("expected HELLO, got " + frame.type());
        }
        List<String> fields = frame.utf8Strings();
        if (fields.size() < 4 || !PROTOCOL.equals(fields.get(0))) {
            throw new ProtocolException("unsupported control protocol " + (fields.isEmpty() ? "?" : fields.get(0)));
        }
        try {
            return new ServerHello(fields.get(1), Long.parseLong(fields.get(2)), fields.get(3));
        } catch (NumberFormatException e) {
            throw new ProtocolException("bad pid in HELLO: " + fields.get(2));
        }
    }

    /** The host name up to its first dot, as asterisk -r shows it in the prompt. */
    public String shortHostName() {
        int dot = hostName.indexOf('.');
        return dot < 0 ? hostName : hostName.substring(0, dot);
    }
}
