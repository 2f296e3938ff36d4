package org.switchboard.e2e.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client half of HTTP Digest (RFC 2617, MD5), computed by hand: the JDK's HttpClient only
 * does Basic authentication.
 */
final class DigestClient {
    private static final Pattern CHALLENGE = Pattern.compile(
            "Digest algorithm=MD5, realm=\"([^\"]*)\", nonce=\"([0-9a-f]+)\", qop=\"auth\", opaque=\"([0-9a-f]+)\"(, stale=true)?");

    /** A parsed {@code WWW-authenticate} header. */
    record Challenge(String realm, String nonce, String opaque, boolean stale) {
        static Challenge of(HttpResponse<?> r) {
            String header = r.headers().firstValue("WWW-authenticate")
                    .orElseThrow(() -> new AssertionError("no WWW-authenticate in " + r.headers().map()));
            return parse(header);
        }

        static Challenge parse(String header) {
            Matcher m = CHALLENGE.matcher(header);
            if (!m.matches()) {
                throw new AssertionError("not Asterisk's challenge: " + header);
            }
            return new Challenge(m.group(1), m.group(2), m.group(3), m.group(4) != null);
        }
    }

    private final String user;
    private final String password;
    private Challenge challenge;
    private int nc;

    DigestClient(String user, String password) {
        this.user = user;
        this.password = password;
    }

    void challenge(Challenge c) {
        this.challenge = c;
        this.nc = 0;
    }

    /** The next {@code Authorization} header (qop=auth, the count going up by one each time). */
    String authorization(String method, String uri) {
        nc++;
        return authorization(method, uri, challenge.nonce(), String.format("%08x", nc), "0a4f113b");
    }

    String authorization(String method, String uri, String nonce, String ncText, String cnonce) {
        String ha1 = md5(user + ":" + challenge.realm() + ":" + password);
        String ha2 = md5(method + ":" + uri);
        String response = md5(ha1 + ":" + nonce + ":" + ncText + ":" + cnonce + ":auth:" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + challenge.realm() + "\", nonce=\"" + nonce
                + "\", uri=\"" + uri + "\", qop=auth, nc=" + ncText + ", cnonce=\"" + cnonce
                + "\", response=\"" + response + "\", opaque=\"" + challenge.opaque() + "\"";
    }

    /** RFC 2069 (no qop, no nc, no cnonce). */
    String authorizationWithoutQop(String method, String uri) {
        String ha1 = md5(user + ":" + challenge.realm() + ":" + password);
        String ha2 = md5(method + ":" + uri);
        String response = md5(ha1 + ":" + challenge.nonce() + ":" + ha2);
        return "Digest username=\"" + user + "\", realm=\"" + challenge.realm() + "\", nonce=\"" + challenge.nonce()
                + "\", uri=\"" + uri + "\", response=\"" + response + "\"";
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(ISO_8859_1)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
