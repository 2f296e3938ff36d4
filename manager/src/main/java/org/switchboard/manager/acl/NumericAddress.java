package org.switchboard.manager.acl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Asterisk's numeric address syntax, as used by ACL rules and bind addresses.
 *
 * <p>{@link #parse} accepts exactly what {@code ast_sockaddr_parse} accepts on glibc
 * (netsock2.c: {@code ast_sockaddr_split_hostport}, then {@code getaddrinfo} with
 * {@code AI_NUMERICHOST | AI_NUMERICSERV}): IPv4 in every {@code inet_aton} form ({@code 127.1},
 * {@code 0x7f.0.0.1}, octal parts), IPv6 with or without brackets, an optional port when the
 * policy allows one. Host names are never resolved. {@link #format} prints as
 * {@code ast_sockaddr_stringify_addr} does ({@code inet_ntop}, IPv4-mapped addresses as IPv4).
 *
 * <p>Limit: IPv6 scope ids ({@code fe80::1%eth0}) are refused, while glibc accepts them.
 */
public final class NumericAddress {

    /** What to do with a port written after the address (config.h PARSE_PORT_*). */
    public enum PortPolicy {
        /** A port may be present and is kept. */
        ACCEPT,
        /** A port may be present and is dropped. */
        IGNORE,
        /** A port must be present. */
        REQUIRE,
        /** A port makes the text invalid. */
        FORBID
    }

    /** A parsed address; {@code port} is 0 when none was written (or it was ignored). */
    public record HostPort(InetAddress address, int port) { }

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;

    private NumericAddress() { }

    /** Parses {@code text} as ast_sockaddr_parse would, or returns empty when Asterisk refuses it. */
    public static Optional<HostPort> parse(String text, PortPolicy policy) {
        RawHostPort raw = parseRaw(text, policy);
        return raw == null ? Optional.empty() : Optional.of(new HostPort(toInetAddress(raw.address()), raw.port()));
    }

    /** The address bytes as written (an IPv4-mapped address stays 16 bytes) and the port. */
    record RawHostPort(byte[] address, int port) { }

    static RawHostPort parseRaw(String text, PortPolicy policy) {
        String host;
        String port = null;
        // split the port off as netsock2.c ast_sockaddr_split_hostport does
        if (text.startsWith("[")) {
            int close = text.indexOf(']', 1);
            if (close < 0) {
                host = text.substring(1);
            } else {
                host = text.substring(1, close);
                if (close + 1 < text.length() && text.charAt(close + 1) == ':') {
                    port = text.substring(close + 2);
                }
            }
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) < 0) {
                host = text.substring(0, colon);
                port = text.substring(colon + 1);
            } else {
                host = text;
            }
        }
        switch (policy) {
            case IGNORE -> port = null;
            case REQUIRE -> {
                if (port == null) {
                    return null;
                }
            }
            case FORBID -> {
                if (port != null) {
                    return null;
                }
            }
            case ACCEPT -> { }
        }
        byte[] address = parseHostBytes(host);
        if (address == null) {
            return null;
        }
        int portNumber = 0;
        if (port != null) {
            portNumber = parseService(port);
            if (portNumber < 0) {
                return null;
            }
        }
        return new RawHostPort(address, portNumber);
    }

    /** Parses a bare numeric host (no brackets, no port); empty when getaddrinfo would refuse it. */
    public static Optional<InetAddress> parseHost(String host) {
        byte[] bytes = parseHostBytes(host);
        return bytes == null ? Optional.empty() : Optional.of(toInetAddress(bytes));
    }

    /** ast_sockaddr_stringify: {@code 127.0.0.1:5038}, {@code [::1]:5038} (no "/" as toString has). */
    public static String hostPort(InetSocketAddress a) {
        String host = format(a.getAddress());
        return (a.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** The address as Asterisk prints it: dotted IPv4, or IPv6 in glibc's inet_ntop form. */
    public static String format(InetAddress address) {
        return format(address.getAddress());
    }

    static String format(byte[] address) {
        if (address.length == IPV4_BYTES) {
            return formatIpv4(address, 0);
        }
        if (isIpv4Mapped(address)) {
            // ast_sockaddr_stringify_fmt converts mapped addresses before printing
            return formatIpv4(address, 12);
        }
        return formatIpv6(address);
    }

    /** True for ::ffff:a.b.c.d (netsock2.c ast_sockaddr_is_ipv4_mapped). */
    static boolean isIpv4Mapped(byte[] address) {
        if (address.length != IPV6_BYTES) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    static InetAddress toInetAddress(byte[] address) {
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("address of " + address.length + " bytes", e);
        }
    }

    static byte[] parseHostBytes(String host) {
        // getaddrinfo tries IPv4 first (inet_aton_exact), then IPv6 (inet_pton)
        byte[] v4 = parseIpv4Aton(host);
        if (v4 != null) {
            return v4;
        }
        return parseIpv6(host);
    }

    /**
     * glibc's inet_aton_exact: one to four parts, each decimal, octal (leading 0) or hex (0x);
     * the last part fills the remaining bytes; nothing may follow.
     */
    static byte[] parseIpv4Aton(String text) {
        long[] maxLast = {0xffffffffL, 0xffffffL, 0xffffL, 0xffL};
        byte[] out = new byte[IPV4_BYTES];
        int parts = 0;
        int pos = 0;
        int length = text.length();
        long value;
        while (true) {
            if (pos >= length || !isDigit(text.charAt(pos))) {
                return null;
            }
            int radix = 10;
            if (text.charAt(pos) == '0') {
                if (pos + 2 < length && (text.charAt(pos + 1) == 'x' || text.charAt(pos + 1) == 'X')
                        && isAsciiHex(text.charAt(pos + 2))) {
                    radix = 16;
                    pos += 2;
                } else {
                    radix = 8;
                }
            }
            value = 0;
            while (pos < length && digitValue(text.charAt(pos), radix) >= 0) {
                value = value * radix + digitValue(text.charAt(pos), radix);
                if (value > 0xffffffffL) {
                    return null;
                }
                pos++;
            }
            if (pos < length && text.charAt(pos) == '.') {
                if (parts > 2 || value > 0xff) {
                    return null;
                }
                out[parts++] = (byte) value;
                pos++;
            } else {
                break;
            }
        }
        if (pos != length || value > maxLast[parts]) {
            return null;
        }
        for (int i = IPV4_BYTES - 1; i >= parts; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    /** glibc's inet_pton for AF_INET6, including a trailing dotted-quad part. */
    static byte[] parseIpv6(String text) {
        if (text.isEmpty() || text.indexOf('%') >= 0) {
            return null;
        }
        byte[] out = new byte[IPV6_BYTES];
        int pos = 0;
        int length = text.length();
        if (text.charAt(0) == ':') {
            // a leading colon must be the start of "::"
            if (length < 2 || text.charAt(1) != ':') {
                return null;
            }
            pos = 1;
        }
        int written = 0;
        int doubleColonAt = -1;
        int tokenStart = pos;
        int digitsSeen = 0;
        int value = 0;
        while (pos < length) {
            char ch = text.charAt(pos++);
            int digit = isAsciiHex(ch) ? Character.digit(ch, 16) : -1;
            if (digit >= 0) {
                if (digitsSeen == 4) {
                    return null;
                }
                value = (value << 4) | digit;
                digitsSeen++;
                continue;
            }
            if (ch == ':') {
                tokenStart = pos;
                if (digitsSeen == 0) {
                    if (doubleColonAt >= 0) {
                        return null;
                    }
                    doubleColonAt = written;
                    continue;
                }
                if (pos == length || written + 2 > IPV6_BYTES) {
                    return null;
                }
                out[written++] = (byte) (value >> 8);
                out[written++] = (byte) value;
                digitsSeen = 0;
                value = 0;
                continue;
            }
            if (ch == '.' && written + IPV4_BYTES <= IPV6_BYTES) {
                byte[] dotted = parseIpv4Strict(text.substring(tokenStart));
                if (dotted == null) {
                    return null;
                }
                System.arraycopy(dotted, 0, out, written, IPV4_BYTES);
                written += IPV4_BYTES;
                digitsSeen = 0;
                pos = length;
                break;
            }
            return null;
        }
        if (digitsSeen > 0) {
            if (written + 2 > IPV6_BYTES) {
                return null;
            }
            out[written++] = (byte) (value >> 8);
            out[written++] = (byte) value;
        }
        if (doubleColonAt >= 0) {
            if (written == IPV6_BYTES) {
                return null;
            }
            int tail = written - doubleColonAt;
            byte[] expanded = new byte[IPV6_BYTES];
            System.arraycopy(out, 0, expanded, 0, doubleColonAt);
            System.arraycopy(out, doubleColonAt, expanded, IPV6_BYTES - tail, tail);
            return expanded;
        }
        return written == IPV6_BYTES ? out : null;
    }

    /** glibc's inet_pton4: exactly four decimal parts of at most 255, no leading zeros. */
    private static byte[] parseIpv4Strict(String text) {
        byte[] out = new byte[IPV4_BYTES];
        int octets = 0;
        int current = 0;
        boolean sawDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (sawDigit && current == 0) {
                    return null;
                }
                current = current * 10 + (ch - '0');
                if (current > 255) {
                    return null;
                }
                if (!sawDigit) {
                    if (++octets > 4) {
                        return null;
                    }
                    sawDigit = true;
                }
                out[octets - 1] = (byte) current;
            } else if (ch == '.' && sawDigit) {
                if (octets == 4) {
                    return null;
                }
                current = 0;
                sawDigit = false;
            } else {
                return null;
            }
        }
        return octets < 4 || !sawDigit ? null : out;
    }

    /**
     * A numeric service as glibc's getaddrinfo reads it with AI_NUMERICSERV: strtoul in base 10
     * (leading blanks and a sign allowed, nothing after the digits), stored in an int (a negative
     * result is refused) and cut to 16 bits. Returns -1 when refused.
     */
    static int parseService(String text) {
        int pos = 0;
        int length = text.length();
        while (pos < length && isCSpace(text.charAt(pos))) {
            pos++;
        }
        boolean negative = false;
        if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            negative = text.charAt(pos) == '-';
            pos++;
        }
        int digitsStart = pos;
        long value = 0;
        boolean saturated = false;
        while (pos < length && isDigit(text.charAt(pos))) {
            int digit = text.charAt(pos) - '0';
            if (!saturated) {
                if (Long.compareUnsigned(value, Long.divideUnsigned(-1L - digit, 10)) > 0) {
                    saturated = true;
                } else {
                    value = value * 10 + digit;
                }
            }
            pos++;
        }
        if (pos == digitsStart) {
            // strtoul consumed nothing: only an empty string passes the "nothing after" check
            return text.isEmpty() ? 0 : -1;
        }
        if (pos != length) {
            return -1;
        }
        if (saturated) {
            value = -1L;
        } else if (negative) {
            value = -value;
        }
        int stored = (int) value;
        return stored < 0 ? -1 : stored & 0xffff;
    }

    private static String formatIpv4(byte[] address, int offset) {
        return (address[offset] & 0xff) + "." + (address[offset + 1] & 0xff) + "."
                + (address[offset + 2] & 0xff) + "." + (address[offset + 3] & 0xff);
    }

    /** glibc inet_ntop6: the first longest run of two or more zero words becomes "::". */
    private static String formatIpv6(byte[] address) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLength = 0;
        int runBase = -1;
        int runLength = 0;
        for (int i = 0; i < 8; i++) {
            if (words[i] == 0) {
                if (runBase < 0) {
                    runBase = i;
                    runLength = 1;
                } else {
                    runLength++;
                }
            } else if (runBase >= 0) {
                if (bestBase < 0 || runLength > bestLength) {
                    bestBase = runBase;
                    bestLength = runLength;
                }
                runBase = -1;
            }
        }
        if (runBase >= 0 && (bestBase < 0 || runLength > bestLength)) {
            bestBase = runBase;
            bestLength = runLength;
        }
        if (bestBase >= 0 && bestLength < 2) {
            bestBase = -1;
        }
        StringBuilder out = new StringBuilder(40);
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLength) {
                if (i == bestBase) {
                    out.append(':');
                }
                continue;
            }
            if (i != 0) {
                out.append(':');
            }
            // IPv4-compatible (::a.b.c.d) and mapped forms end in dotted decimal
            if (i == 6 && bestBase == 0 && (bestLength == 6 || (bestLength == 5 && words[5] == 0xffff))) {
                out.append(formatIpv4(address, 12));
                return out.toString();
            }
            out.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLength == 8) {
            out.append(':');
        }
        return out.toString();
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isAsciiHex(char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }

    private static int digitValue(char ch, int radix) {
        if (!isAsciiHex(ch)) {
            return -1;
        }
        int digit = Character.digit(ch, 16);
        return digit < radix ? digit : -1;
    }

    /** C isspace in the "C" locale. */
    static boolean isCSpace(char ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }
}
