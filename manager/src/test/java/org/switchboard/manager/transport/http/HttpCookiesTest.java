package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The mansession_id cookie (spec 01 §7.4; http.c ast_http_manid_from_vars, parse_cookies). */
class HttpCookiesTest {
    @Test
    void theQuotedHexValueIsTheSessionId() {
        assertThat(HttpCookies.managerId(List.of("mansession_id=\"0a1b2c3d\""))).isEqualTo(0x0a1b2c3dL);
        assertThat(HttpCookies.managerId(List.of(" theme=dark ;  MANSESSION_ID = 00ff ; x=1"))).isEqualTo(0xffL);
    }

    @Test
    void onlyTheLastCookieHeaderAndWithinItTheLastPairCount() {
        assertThat(HttpCookies.managerId(List.of("mansession_id=1", "other=2"))).isZero();
        assertThat(HttpCookies.managerId(List.of("mansession_id=1; mansession_id=2"))).isEqualTo(2);
    }

    @Test
    void unreadableOrMissingValuesMeanNoSession() {
        assertThat(HttpCookies.managerId(List.of())).isZero();
        assertThat(HttpCookies.managerId(List.of("mansession_id=zz"))).isZero();
        assertThat(HttpCookies.managerId(List.of("mansession_id="))).isZero();
        assertThat(HttpCookies.managerId(List.of("mansession_id=\"\""))).isZero();
    }

    @Test
    void theValueIsScannedLikeSscanfHexIntoThirtyTwoBits() {
        assertThat(HttpCookies.scanHex32("0x1F")).isEqualTo(0x1f);
        assertThat(HttpCookies.scanHex32("12g")).isEqualTo(0x12);
        assertThat(HttpCookies.scanHex32("123456789")).isEqualTo(0x23456789L);
        assertThat(HttpCookies.scanHex32("-1")).isEqualTo(0xffffffffL);
    }
}
