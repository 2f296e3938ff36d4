package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** utils.c ast_parse_digest as auth_http_callback calls it (response, pedantic). */
class DigestAuthorizationTest {
    private static final String GOOD = "Digest username=\"admin\", realm=\"asterisk\", nonce=\"0a1b2c3d\", "
            + "uri=\"/arawman?action=ping\", qop=auth, nc=00000001, cnonce=\"xyz\", response=\"abc\", opaque=\"0a1b2c3d\"";

    @Test
    void aTypicalHeaderIsRead() {
        DigestAuthorization d = DigestAuthorization.parse(GOOD).orElseThrow();
        assertThat(d).isEqualTo(new DigestAuthorization("admin", "asterisk", "0a1b2c3d", "/arawman?action=ping",
                "abc", "xyz", "00000001", true));
    }

    @Test
    void keysIgnoreCaseAndValuesMayBeUnquotedOrEscaped() {
        Optional<DigestAuthorization> d = DigestAuthorization.parse(
                "  digest USERNAME=ad\\\\min,Realm=\"r\\\"q\", NONCE=1, uri=/x, response=\"r\", junk=1, algorithm=md5");
        assertThat(d).isPresent();
        assertThat(d.get().username()).isEqualTo("ad\\\\min");
        assertThat(d.get().realm()).isEqualTo("r\\");
        assertThat(d.get().qop()).isFalse();
    }

    @Test
    void requiredPartsMustBeThere() {
        assertThat(DigestAuthorization.parse("Basic YWRtaW46YWRtaW4=")).isEmpty();
        assertThat(DigestAuthorization.parse(GOOD.replace("realm=\"asterisk\", ", ""))).isEmpty();
        assertThat(DigestAuthorization.parse(GOOD.replace("response=\"abc\", ", ""))).isEmpty();
        // qop=auth needs cnonce and nc
        assertThat(DigestAuthorization.parse(GOOD.replace("cnonce=\"xyz\", ", ""))).isEmpty();
    }

    @Test
    void onlyMd5AndAHexNonceCountAreAccepted() {
        assertThat(DigestAuthorization.parse(GOOD + ", algorithm=SHA-256")).isEmpty();
        assertThat(DigestAuthorization.parse(GOOD.replace("nc=00000001", "nc=zz"))).isEmpty();
        assertThat(DigestAuthorization.parse(GOOD.replace("qop=auth", "qop=auth-int")).orElseThrow().qop()).isFalse();
    }

    @Test
    void cEscapesInQuotedValuesAreUndone() {
        assertThat(DigestAuthorization.unescape("a\\tb\\\\c\\q")).isEqualTo("a\tb\\cq");
    }
}
