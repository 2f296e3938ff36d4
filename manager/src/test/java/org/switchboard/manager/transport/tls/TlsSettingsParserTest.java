package org.switchboard.manager.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** manager.conf [general] TLS keys (spec 01 §5.2; tcptls.c ast_tls_read_conf). */
class TlsSettingsParserTest {

    private static TlsSettings parse(String... keyValues) {
        TlsSettingsParser parser = new TlsSettingsParser();
        for (int i = 0; i < keyValues.length; i += 2) {
            assertThat(parser.apply(keyValues[i], keyValues[i + 1])).as(keyValues[i]).isTrue();
        }
        return parser.settings();
    }

    @Test
    void startsFromAsteriskDefaults() {
        TlsSettings defaults = new TlsSettingsParser().settings();
        assertThat(defaults).isEqualTo(TlsSettings.defaults());
        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.bindAddress()).isEmpty();
        assertThat(defaults.certFile()).isEqualTo("asterisk.pem");
        assertThat(defaults.privateKeyFile()).isEmpty();
        assertThat(defaults.cipher()).isEmpty();
        assertThat(defaults.serverCipherOrder() || defaults.disableTlsV1() || defaults.disableTlsV11()
                || defaults.disableTlsV12()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlsenable", "sslenable", "TLSEnable"})
    void enablesWithEitherName(String key) {
        assertThat(parse(key, "yes").enabled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "YES", "true", "y", "t", "1", "on", "On"})
    void readsTrueWordsAsAstTrue(String word) {
        assertThat(parse("tlsenable", word).enabled()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "", "2", "enabled", "yes "})
    void anythingElseIsFalse(String word) {
        assertThat(parse("tlsenable", "yes", "tlsenable", word).enabled()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlscertfile", "sslcert", "tlscert"})
    void setsTheCertFileWithEveryName(String key) {
        assertThat(parse(key, "/etc/asterisk/keys/asterisk.pem").certFile()).isEqualTo("/etc/asterisk/keys/asterisk.pem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlsprivatekey", "sslprivatekey"})
    void setsThePrivateKeyFileWithEveryName(String key) {
        assertThat(parse(key, "key.pem").privateKeyFile()).isEqualTo("key.pem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlscipher", "sslcipher"})
    void setsTheCipherStringWithEveryName(String key) {
        assertThat(parse(key, "ECDHE-RSA-AES128-GCM-SHA256:HIGH").cipher()).isEqualTo("ECDHE-RSA-AES128-GCM-SHA256:HIGH");
    }

    @Test
    void setsTheFlags() {
        TlsSettings settings = parse("tlsservercipherorder", "yes", "tlsdisablev1", "yes", "tlsdisablev11", "on",
                "tlsdisablev12", "1");
        assertThat(settings.serverCipherOrder()).isTrue();
        assertThat(settings.disableTlsV1()).isTrue();
        assertThat(settings.disableTlsV11()).isTrue();
        assertThat(settings.disableTlsV12()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlsbindaddr", "sslbindaddr"})
    void readsTheBindAddressWithOrWithoutPort(String key) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        assertThat(parse(key, "127.0.0.1:6039").bindAddress()).contains(new InetSocketAddress(loopback, 6039));
        assertThat(parse(key, "127.0.0.1").bindAddress()).contains(new InetSocketAddress(loopback, 0));
        assertThat(parse(key, "[::1]:6039").bindAddress())
                .contains(new InetSocketAddress(InetAddress.getByName("::1"), 6039));
    }

    @Test
    void anInvalidBindAddressKeepsThePreviousValueAndIsStillATlsKey() throws Exception {
        TlsSettingsParser parser = new TlsSettingsParser();
        parser.apply("tlsbindaddr", "127.0.0.2:7000");
        assertThat(parser.apply("tlsbindaddr", "localhost")).isTrue();
        assertThat(parser.settings().bindAddress())
                .contains(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 7000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tlscafile", "tlscapath", "tlscadir", "tlsverifyclient", "tlsdontverifyserver",
        "tlsclientmethod", "sslclientmethod", "TLSCAFILE"})
    void leavesClientOnlyKeysToTheInvalidKeywordNotice(String key) {
        TlsSettingsParser parser = new TlsSettingsParser();
        assertThat(parser.apply(key, "yes")).isFalse();
        assertThat(parser.settings()).isEqualTo(TlsSettings.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"port", "bindaddr", "tls", "tlsenabled", "tlsdisablev13"})
    void doesNotClaimOtherKeys(String key) {
        assertThat(new TlsSettingsParser().apply(key, "yes")).isFalse();
    }

    @Test
    void startsFromGivenSettings() {
        TlsSettings start = TlsSettings.defaults().withCipher("AES128-SHA");
        TlsSettingsParser parser = new TlsSettingsParser(start);
        parser.apply("tlsenable", "yes");
        assertThat(parser.settings()).isEqualTo(start.withEnabled(true));
        assertThat(parser.settings().bindAddress()).isEqualTo(Optional.empty());
    }
}
