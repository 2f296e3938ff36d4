package org.switchboard.bench.client;

/**
 * The requests the tool sends, written straight into an {@link OutBuffer}. Numbers are written
 * digit by digit, so a request on a hot path allocates nothing.
 */
public final class AmiRequests {
    private static final byte[] CRLF = AmiBytes.ascii("\r\n");
    private static final byte[] LOGIN = AmiBytes.ascii("Action: Login\r\nUsername: ");
    private static final byte[] SECRET = AmiBytes.ascii("\r\nSecret: ");
    private static final byte[] EVENTS = AmiBytes.ascii("\r\nEvents: ");
    private static final byte[] LOGIN_END = AmiBytes.ascii("\r\nActionID: login\r\n\r\n");
    private static final byte[] PING = AmiBytes.ascii("Action: Ping\r\nActionID: ");
    private static final byte[] END = AmiBytes.ascii("\r\n\r\n");
    private static final byte[] USER_EVENT = AmiBytes.ascii("Action: UserEvent\r\nUserEvent: SwitchboardBench\r\nActionID: ");
    private static final byte[] SEQ = AmiBytes.ascii("\r\nBenchSeq: ");
    private static final byte[] SENT = AmiBytes.ascii("\r\nBenchSent: ");
    private static final byte[] PAD = AmiBytes.ascii("\r\nBenchPad: ");

    /** The header a UserEvent's sequence number travels in. */
    public static final byte[] SEQ_HEADER = AmiBytes.ascii("BenchSeq: ");
    /** The header a UserEvent's send time ({@link System#nanoTime()} of the producer) travels in. */
    public static final byte[] SENT_HEADER = AmiBytes.ascii("BenchSent: ");
    public static final byte[] ACTION_ID_HEADER = AmiBytes.ascii("ActionID: ");
    public static final byte[] RESPONSE_SUCCESS = AmiBytes.ascii("Response: Success\r\n");
    public static final byte[] RESPONSE = AmiBytes.ascii("Response: ");
    public static final byte[] EVENT = AmiBytes.ascii("Event: ");

    private AmiRequests() { }

    /** Login with ActionID {@code login}; {@code events} is the Events header (e.g. "off", "user"). */
    public static void login(OutBuffer out, String user, String secret, String events) {
        out.bytes(LOGIN).latin1(user).bytes(SECRET).latin1(secret).bytes(EVENTS).latin1(events).bytes(LOGIN_END);
    }

    /** Ping with a numeric ActionID. */
    public static void ping(OutBuffer out, long actionId) {
        out.bytes(PING).decimal(actionId).bytes(END);
    }

    /**
     * UserEvent {@code SwitchboardBench} with ActionID and BenchSeq {@code seq}, BenchSent
     * {@code sentNanos}, and a BenchPad header of {@code padding} bytes when positive.
     */
    public static void userEvent(OutBuffer out, long seq, long sentNanos, int padding) {
        out.bytes(USER_EVENT).decimal(seq).bytes(SEQ).decimal(seq).bytes(SENT).decimal(sentNanos);
        if (padding > 0) {
            out.bytes(PAD).repeat((byte) 'x', padding);
        }
        out.bytes(END);
    }

    /** A header line {@code name: value} (for requests built once, outside hot paths). */
    public static void header(OutBuffer out, String name, String value) {
        out.latin1(name).latin1(": ").latin1(value).bytes(CRLF);
    }

    /** The blank line that ends a request. */
    public static void end(OutBuffer out) {
        out.bytes(CRLF);
    }
}
