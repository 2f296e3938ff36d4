package org.switchboard.pbx.pjsip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A contact of an AOR: permanent (pjsip.conf {@code contact=}) or registered by a simulated phone.
 * The fields are those of res_pjsip/location.c's contact object, as PJSIPShowContacts lists them.
 *
 * @param id              {@code <aor>@@<md5>} for permanent contacts, {@code <aor>;@<md5>} for
 *                        registered ones (location.c)
 * @param expirationTime  epoch seconds, 0 for permanent contacts
 * @param endpoint        the registering endpoint, "" for permanent contacts
 */
public record Contact(String id, String aor, String uri, boolean permanent, long expirationTime,
                      int qualifyFrequency, double qualifyTimeout, boolean qualify2xxOnly,
                      boolean authenticateQualify, String outboundProxy, String path, String userAgent,
                      String endpoint, String regServer, String viaAddr, int viaPort, String callId) {

    /** A permanent contact of {@code aor}. */
    static Contact permanent(AorConfig aor, String uri) {
        return new Contact(permanentId(aor.name(), uri), aor.name(), uri, true, 0, aor.qualifyFrequency(),
                aor.qualifyTimeout(), aor.qualify2xxOnly(), aor.authenticateQualify(), aor.outboundProxy(), "", "",
                "", "", "", 0, "");
    }

    /** A contact registered to {@code aor} by {@code endpoint}'s phone. */
    static Contact registered(AorConfig aor, String uri, String endpoint, long expirationTime, String userAgent,
                              String viaAddr, int viaPort, String callId) {
        return new Contact(aor.name() + ";@" + md5(uri), aor.name(), uri, false, expirationTime,
                aor.qualifyFrequency(), aor.qualifyTimeout(), aor.qualify2xxOnly(), aor.authenticateQualify(),
                aor.outboundProxy(), "", userAgent, endpoint, "", viaAddr, viaPort, callId);
    }

    static String permanentId(String aor, String uri) {
        return aor + "@@" + md5(uri);
    }

    /** utils.c ast_md5_hash: 32 lowercase hex digits. */
    static String md5(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
