package org.switchboard.manager.transport.http;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.Ascii;

/**
 * A client's {@code Authorization: Digest ...} header, parsed as utils.c ast_parse_digest does for
 * a response (with its "pedantic" checks): keys are matched without case, a value is either
 * quoted (C escapes undone) or runs to the next comma; {@code algorithm}, if sent, must be MD5;
 * {@code qop=auth} turns on RFC 2617 mode; {@code nc} must be hexadecimal. realm, nonce,
 * username, uri and response are required, and with qop also cnonce and nc.
 *
 * @param qop true when the client sent {@code qop=auth}
 * @param nc  the nonce count as sent ("" when absent)
 */
record DigestAuthorization(String username, String realm, String nonce, String uri, String response, String cnonce,
                           String nc, boolean qop) {
    private static final Logger log = LoggerFactory.getLogger("http");
    private static final String[] KEYS = {
        "username=", "realm=", "nonce=", "uri=", "domain=", "response=", "cnonce=", "opaque=",
        "algorithm=", "qop=", "nc=",
    };

    /** Empty when the header is not a usable Digest response. */
    static Optional<DigestAuthorization> parse(String header) {
        String c = Ascii.skipBlanks(header);
        if (!Ascii.startsWithIgnoreCase(c, "Digest ")) {
            log.warn("Missing Digest.");
            return Optional.empty();
        }
        String username = "";
        String realm = "";
        String nonce = "";
        String uri = "";
        String response = "";
        String cnonce = "";
        String nc = "";
        boolean qop = false;
        int i = "Digest ".length();
        int n = c.length();
        while (i < n) {
            while (i < n && Ascii.isBlank(c.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            String key = null;
            for (String k : KEYS) {
                if (c.regionMatches(true, i, k, 0, k.length())) {
                    key = k;
                    break;
                }
            }
            if (key == null) {
                int comma = c.indexOf(',', i);
                i = comma < 0 ? n : comma + 1;
                continue;
            }
            i += key.length();
            String value;
            if (i < n && c.charAt(i) == '"') {
                int close = c.indexOf('"', i + 1);
                value = unescape(close < 0 ? c.substring(i + 1) : c.substring(i + 1, close));
                i = close < 0 ? n : close + 1;
            } else {
                int comma = c.indexOf(',', i);
                value = comma < 0 ? c.substring(i) : c.substring(i, comma);
                i = comma < 0 ? n : comma + 1;
            }
            switch (key) {
                case "username=" -> username = value;
                case "realm=" -> realm = value;
                case "nonce=" -> nonce = value;
                case "uri=" -> uri = value;
                case "response=" -> response = value;
                case "cnonce=" -> cnonce = value;
                case "algorithm=" -> {
                    if (!Ascii.equalsIgnoreCase(value, "MD5")) {
                        log.warn("Digest algorithm: \"{}\" not supported.", value);
                        return Optional.empty();
                    }
                }
                case "qop=" -> qop |= Ascii.equalsIgnoreCase(value, "auth");
                case "nc=" -> {
                    if (HexScan.scan(value).isEmpty()) {
                        log.warn("Incorrect Digest nc value: \"{}\".", value);
                        return Optional.empty();
                    }
                    nc = value;
                }
                default -> { }   // domain, opaque: read and not used
            }
        }
        if (realm.isEmpty() || nonce.isEmpty() || username.isEmpty() || uri.isEmpty() || response.isEmpty()) {
            return Optional.empty();
        }
        if (qop && (cnonce.isEmpty() || nc.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new DigestAuthorization(username, realm, nonce, uri, response, cnonce, nc, qop));
    }

    /** utils.c ast_unescape_c: {@code \b \f \n \r \t}; any other escaped character stands for itself. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\') {
                b.append(ch);
                continue;
            }
            if (++i >= s.length()) {
                b.append('\\');
                break;
            }
            char e = s.charAt(i);
            b.append(switch (e) {
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> e;
            });
        }
        return b.toString();
    }
}
