package org.switchboard.manager.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.switchboard.manager.auth.PermissionClass;
import org.switchboard.manager.event.ManagerEvents;
import org.switchboard.manager.session.AmiSession;
import org.switchboard.pbx.time.Clock;

/**
 * The security events AMI raises (spec 01 §8; security_events.c sec_events[], manager.c
 * report_*): class security, required information elements in table order, then the optional
 * ones that are present. Times are local time with milliseconds and offset.
 */
public final class SecurityEvents {
    private static final int SECURITY = PermissionClass.SECURITY.mask();
    private static final int REQUEST_TYPE_BUFFER = 64;
    private static final DateTimeFormatter TV = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

    private final ManagerEvents events;
    private final Clock clock;
    private final ZoneId zone;

    public SecurityEvents(ManagerEvents events, Clock clock) {
        this(events, clock, ZoneId.systemDefault());
    }

    public SecurityEvents(ManagerEvents events, Clock clock, ZoneId zone) {
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    public void successfulAuth(AmiSession s) {
        StringBuilder b = common(s, "Informational", 1, s.username());
        b.append("UsingPassword: 0\r\n");
        sessionTv(b, s);
        publish("SuccessfulAuth", b);
    }

    public void invalidAccountId(AmiSession s, String sentName) {
        StringBuilder b = common(s, "Error", 1, sentName);
        sessionTv(b, s);
        publish("InvalidAccountID", b);
    }

    public void failedAcl(AmiSession s, String sentName) {
        StringBuilder b = common(s, "Error", 1, sentName);
        sessionTv(b, s);
        publish("FailedACL", b);
    }

    public void invalidPassword(AmiSession s, String sentName) {
        StringBuilder b = common(s, "Error", 2, sentName);
        sessionTv(b, s);
        publish("InvalidPassword", b);
    }

    public void challengeResponseFailed(AmiSession s, String sentName, String challenge, String key, String expected) {
        StringBuilder b = common(s, "Error", 1, sentName);
        b.append("Challenge: ").append(challenge).append("\r\n");
        b.append("Response: ").append(key).append("\r\n");
        b.append("ExpectedResponse: ").append(expected).append("\r\n");
        sessionTv(b, s);
        publish("ChallengeResponseFailed", b);
    }

    public void requestNotAllowed(AmiSession s, String action) {
        StringBuilder b = common(s, "Error", 1, s.username());
        b.append("RequestType: ").append(requestType(action)).append("\r\n");
        sessionTv(b, s);
        publish("RequestNotAllowed", b);
    }

    /** The required block has no AccountID here; it follows as an optional element. */
    public void requestBadFormat(AmiSession s, String action) {
        StringBuilder b = new StringBuilder(400);
        head(b, "Error", 1);
        tail(b, s);
        b.append("RequestType: ").append(requestType(action)).append("\r\n");
        sessionTv(b, s);
        b.append("AccountID: ").append(s.username()).append("\r\n");
        publish("RequestBadFormat", b);
    }

    /** AccountID is empty here: the session has not logged in as anyone (spec 01 §8). */
    public void sessionLimit(AmiSession s) {
        StringBuilder b = common(s, "Error", 1, s.username());
        sessionTv(b, s);
        publish("SessionLimit", b);
    }

    /** manager.c report_req_*: "Action: %s" printed into a 64-byte buffer, so long names are cut. */
    static String requestType(String action) {
        String full = "Action: " + action;
        return full.length() < REQUEST_TYPE_BUFFER ? full : full.substring(0, REQUEST_TYPE_BUFFER - 1);
    }

    private StringBuilder common(AmiSession s, String severity, int version, String accountId) {
        StringBuilder b = new StringBuilder(400);
        head(b, severity, version);
        b.append("AccountID: ").append(accountId).append("\r\n");
        tail(b, s);
        return b;
    }

    private void head(StringBuilder b, String severity, int version) {
        b.append("EventTV: ").append(format(clock.now())).append("\r\n");
        b.append("Severity: ").append(severity).append("\r\n");
        b.append("Service: AMI\r\n");
        b.append("EventVersion: ").append(version).append("\r\n");
    }

    private void tail(StringBuilder b, AmiSession s) {
        b.append("SessionID: ").append(s.securityId()).append("\r\n");
        String transport = s.transport().securityName();
        b.append("LocalAddress: ").append(address(s.listenerAddress(), transport)).append("\r\n");
        b.append("RemoteAddress: ").append(address(s.remote(), transport)).append("\r\n");
    }

    /** Before login the session start is unset, printed as the epoch (spec 01 §8). */
    private void sessionTv(StringBuilder b, AmiSession s) {
        Instant start = s.sessionStart();
        b.append("SessionTV: ").append(format(start == null ? Instant.EPOCH : start)).append("\r\n");
    }

    private String format(Instant t) {
        return TV.format(ZonedDateTime.ofInstant(t, zone));
    }

    private void publish(String name, StringBuilder body) {
        events.publish(name, SECURITY, body.toString(), "security_events.c", "security_event_to_ami");
    }

    /** {@code IPV4/TCP/127.0.0.1/5038}; an IPv4-mapped IPv6 address prints as IPv4. */
    public static String address(InetSocketAddress a, String transport) {
        InetAddress ip = a.getAddress();
        byte[] raw = ip.getAddress();
        boolean mapped = raw.length == 16 && isV4Mapped(raw);
        if (ip instanceof Inet4Address || mapped) {
            String v4 = mapped ? (raw[12] & 255) + "." + (raw[13] & 255) + "." + (raw[14] & 255) + "." + (raw[15] & 255)
                    : ip.getHostAddress();
            return "IPV4/" + transport + "/" + v4 + "/" + a.getPort();
        }
        return "IPV6/" + transport + "/" + compressV6(ip) + "/" + a.getPort();
    }

    private static boolean isV4Mapped(byte[] raw) {
        for (int i = 0; i < 10; i++) {
            if (raw[i] != 0) {
                return false;
            }
        }
        return raw[10] == (byte) 0xff && raw[11] == (byte) 0xff;
    }

    /** The shortest RFC 5952 text (what inet_ntop prints), e.g. {@code ::} or {@code ::1}. */
    public static String compressV6(InetAddress ip) {
        byte[] raw = ip.getAddress();
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((raw[2 * i] & 255) << 8) | (raw[2 * i + 1] & 255);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(words[i]));
        }
        return b.toString();
    }
}
