package org.switchboard.manager.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.config.ConfigFixtures;
import org.switchboard.manager.acl.NamedAcls;

/** http.conf as http.c __ast_http_load reads it (spec 01 §7.1). */
class HttpSettingsLoaderTest {
    private static HttpSettings load(ConfigFixtures f) {
        return HttpSettingsLoader.load(f.build(), NamedAcls.none());
    }

    private static ConfigFixtures general() {
        return ConfigFixtures.file("http.conf").category("general");
    }

    @Test
    void theDefaultsAreAsterisks() {
        HttpSettings s = load(general());
        assertThat(s.enabled()).isFalse();
        assertThat(s.plainListener()).isEmpty();
        assertThat(s.prefix()).isEmpty();
        assertThat(s.serverName()).isEqualTo("Asterisk/22.10.1");
        assertThat(s.sessionLimit()).isEqualTo(100);
        assertThat(s.sessionInactivityMs()).isEqualTo(30000);
        assertThat(s.sessionKeepAliveMs()).isEqualTo(15000);
        assertThat(s.tls().enabled()).isFalse();
        assertThat(s.tls().disableTlsV1()).isTrue();
        assertThat(s.tls().serverCipherOrder()).isTrue();
        assertThat(s.tls().cipher()).isEqualTo(HttpSettings.DEFAULT_CIPHERS);
    }

    @Test
    void enabledNeedsABindAddress() {
        assertThat(load(general().variable("enabled", "yes")).plainListener()).isEmpty();
        assertThat(load(general().variable("enabled", "yes").variable("bindaddr", "127.0.0.1")).plainListener())
                .contains(new InetSocketAddress("127.0.0.1", 8088));
    }

    @Test
    void aPortInBindaddrWinsOverBindport() {
        HttpSettings s = load(general().variable("enabled", "yes").variable("bindaddr", "127.0.0.1:9000")
                .variable("bindport", "9001"));
        assertThat(s.plainListener()).contains(new InetSocketAddress("127.0.0.1", 9000));
        assertThat(load(general().variable("enabled", "yes").variable("bindport", "9001").variable("bindaddr", "::1"))
                .plainListener()).contains(new InetSocketAddress("::1", 9001));
    }

    @Test
    void badBindportMeansTheDefaultAndZeroMeans8088() {
        assertThat(load(general().variable("enabled", "yes").variable("bindaddr", "127.0.0.1").variable("bindport", "x"))
                .plainListener()).contains(new InetSocketAddress("127.0.0.1", 8088));
        assertThat(load(general().variable("enabled", "yes").variable("bindaddr", "127.0.0.1").variable("bindport", "0"))
                .plainListener()).contains(new InetSocketAddress("127.0.0.1", 8088));
    }

    @Test
    void prefixGetsALeadingSlashAndServernameMayBeEmpty() {
        HttpSettings s = load(general().variable("prefix", "asterisk").variable("servername", ""));
        assertThat(s.prefix()).isEqualTo("/asterisk");
        assertThat(s.serverName()).isEmpty();
    }

    @Test
    void badNumbersFallBackToTheirDefaults() {
        HttpSettings s = load(general().variable("sessionlimit", "0").variable("session_inactivity", "abc")
                .variable("session_keep_alive", "-5"));
        assertThat(s.sessionLimit()).isEqualTo(100);
        assertThat(s.sessionInactivityMs()).isEqualTo(30000);
        assertThat(s.sessionKeepAliveMs()).isEqualTo(15000);
        assertThat(load(general().variable("session_keep_alive", "0")).sessionKeepAliveMs()).isZero();
        assertThat(load(general().variable("sessionlimit", "7")).sessionLimit()).isEqualTo(7);
    }

    @Test
    void tlsBindsToTlsbindaddrOrToBindaddrWithPort8089() {
        HttpSettings implicit = load(general().variable("enabled", "yes").variable("bindaddr", "127.0.0.1")
                .variable("tlsenable", "yes"));
        assertThat(implicit.tlsListener()).contains(new InetSocketAddress("127.0.0.1", 8089));
        HttpSettings explicit = load(general().variable("tlsenable", "yes").variable("tlsbindaddr", "127.0.0.2"));
        assertThat(explicit.tlsListener()).contains(new InetSocketAddress("127.0.0.2", 8089));
        assertThat(load(general().variable("tlsenable", "yes").variable("tlsbindaddr", "127.0.0.2:9443")).tlsListener())
                .contains(new InetSocketAddress("127.0.0.2", 9443));
        assertThat(load(general().variable("tlsenable", "yes")).tlsListener()).isEmpty();
    }

    @Test
    void restrictionSectionsAndRedirectsAreKept() {
        HttpSettings s = load(general().variable("redirect", "/a /one").variable("redirect", "/long /two")
                .variable("redirect", "/b /three").variable("redirect", "broken")
                .category("/ari").variable("type", "restriction").variable("deny", "0.0.0.0/0")
                .category("/other").variable("type", "something").variable("deny", "0.0.0.0/0"));
        assertThat(s.redirects()).containsExactly(new HttpSettings.UriRedirect("/long", "/two"),
                new HttpSettings.UriRedirect("/b", "/three"), new HttpSettings.UriRedirect("/a", "/one"));
        assertThat(s.restrictions()).hasSize(1);
        PathRestriction r = s.restrictions().get(0);
        assertThat(r.path()).isEqualTo("/ari");
        assertThat(r.denies("/ari/x", new InetSocketAddress("127.0.0.1", 0).getAddress())).isTrue();
        assertThat(r.denies("/rawman", new InetSocketAddress("127.0.0.1", 0).getAddress())).isFalse();
        assertThat(Optional.of(s.tls().enabled())).contains(false);
    }
}
