package org.switchboard.testkit.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.manager.transport.tls.TlsContextFactory;
import org.switchboard.manager.transport.tls.TlsSettings;
import org.switchboard.manager.transport.tls.TlsSetupException;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

/** Real TLS handshakes against the server context that TlsContextFactory builds (spec 01 §5.2). */
class TlsHandshakeTest {
    private static final String ECDHE_RSA_AES128 = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
    private static final String ECDHE_RSA_AES256 = "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384";
    private static final String ECDHE_ECDSA_AES128 = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";

    /** Made once: RSA key generation is slow, and no test changes a certificate. */
    private static TestCertificate rsaCert;
    private static TestCertificate ecCert;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCertificates() {
        rsaCert = TestCertificates.valid(KeyType.RSA_2048);
        ecCert = TestCertificates.valid(KeyType.EC_P256);
    }

    private static TestCertificate cert(KeyType keyType) {
        return keyType == KeyType.RSA_2048 ? rsaCert : ecCert;
    }

    private SslContext server(TlsSettings settings) throws TlsSetupException {
        return new TlsContextFactory(dir).create(settings);
    }

    private static SSLSession handshake(SslContext server, SslContext client) throws SSLException {
        SSLEngine clientEngine = client.newEngine(ByteBufAllocator.DEFAULT, "127.0.0.1", 5039);
        SSLEngine serverEngine = server.newEngine(ByteBufAllocator.DEFAULT);
        return EnginePair.handshake(clientEngine, serverEngine);
    }

    private static SslContext client(TestCertificate trusted, List<String> protocols, List<String> ciphers)
            throws SSLException {
        return SslContextBuilder.forClient()
                .sslProvider(SslProvider.JDK)
                .trustManager(trusted.certificate())
                .protocols(protocols)
                .ciphers(ciphers)
                .build();
    }

    private static SslContext client(TestCertificate trusted) throws SSLException {
        return client(trusted, List.of("TLSv1.3", "TLSv1.2"), null);
    }

    static List<Arguments> everyKeyForm() {
        return List.of(
                Arguments.of(KeyType.RSA_2048, KeyFormat.PKCS8, true),
                Arguments.of(KeyType.RSA_2048, KeyFormat.PKCS8, false),
                Arguments.of(KeyType.RSA_2048, KeyFormat.TRADITIONAL, true),
                Arguments.of(KeyType.RSA_2048, KeyFormat.TRADITIONAL, false),
                Arguments.of(KeyType.EC_P256, KeyFormat.PKCS8, true),
                Arguments.of(KeyType.EC_P256, KeyFormat.PKCS8, false),
                Arguments.of(KeyType.EC_P256, KeyFormat.TRADITIONAL, true),
                Arguments.of(KeyType.EC_P256, KeyFormat.TRADITIONAL, false));
    }

    @ParameterizedTest(name = "{0} key as {1}, in the cert file: {2}")
    @MethodSource("everyKeyForm")
    void servesTheCertificateWithEveryKeyForm(KeyType keyType, KeyFormat format, boolean inCertFile) throws Exception {
        TestCertificate cert = cert(keyType);
        TlsSettings settings;
        if (inCertFile) {
            cert.writeCombined(dir, "asterisk.pem", format);
            settings = TlsSettings.defaults();
        } else {
            cert.writeCertificate(dir, "cert.pem");
            cert.writePrivateKey(dir, "key.pem", format);
            settings = TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem");
        }
        SSLSession session = handshake(server(settings), client(cert));
        assertThat(session.getPeerCertificates()[0]).isEqualTo(cert.certificate());
        assertThat(session.getProtocol()).isEqualTo("TLSv1.3");
    }

    @Test
    void offersTls12AndTls13ByDefault() throws Exception {
        TestCertificate cert = ecCert;
        cert.writeCombined(dir, "asterisk.pem", KeyFormat.TRADITIONAL);
        SslContext server = server(TlsSettings.defaults());
        assertThat(handshake(server, client(cert, List.of("TLSv1.2"), null)).getProtocol()).isEqualTo("TLSv1.2");
        assertThat(handshake(server, client(cert, List.of("TLSv1.3"), null)).getProtocol()).isEqualTo("TLSv1.3");
    }

    @Test
    void tlsdisablev12RefusesATls12OnlyClient() throws Exception {
        TestCertificate cert = ecCert;
        cert.writeCombined(dir, "asterisk.pem", KeyFormat.PKCS8);
        SslContext server = server(TlsSettings.defaults().withDisableTlsV12(true));
        assertThatThrownBy(() -> handshake(server, client(cert, List.of("TLSv1.2"), null)))
                .isInstanceOf(SSLException.class);
        assertThat(handshake(server, client(cert)).getProtocol()).isEqualTo("TLSv1.3");
    }

    @Test
    void aCipherRestrictionIsAppliedToTls12() throws Exception {
        TestCertificate cert = rsaCert;
        cert.writeCombined(dir, "asterisk.pem", KeyFormat.TRADITIONAL);
        SslContext server = server(TlsSettings.defaults().withCipher("ECDHE-RSA-AES128-GCM-SHA256"));

        assertThatThrownBy(() -> handshake(server, client(cert, List.of("TLSv1.2"), List.of(ECDHE_RSA_AES256))))
                .isInstanceOf(SSLException.class);
        SSLSession session = handshake(server, client(cert, List.of("TLSv1.2"), List.of(ECDHE_RSA_AES256, ECDHE_RSA_AES128)));
        assertThat(session.getCipherSuite()).isEqualTo(ECDHE_RSA_AES128);
    }

    @Test
    void aCipherRestrictionLeavesTls13SuitesAloneAsOpensslDoes() throws Exception {
        TestCertificate cert = rsaCert;
        cert.writeCombined(dir, "asterisk.pem", KeyFormat.PKCS8);
        SslContext server = server(TlsSettings.defaults().withCipher("ECDHE-RSA-AES128-GCM-SHA256"));
        assertThat(handshake(server, client(cert, List.of("TLSv1.3"), List.of("TLS_AES_256_GCM_SHA384"))).getCipherSuite())
                .isEqualTo("TLS_AES_256_GCM_SHA384");
    }

    @Test
    void theClientsCipherOrderWinsUnlessTlsservercipherorderIsSet() throws Exception {
        TestCertificate cert = rsaCert;
        cert.writeCombined(dir, "asterisk.pem", KeyFormat.PKCS8);
        TlsSettings settings = TlsSettings.defaults().withCipher("ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256");
        SslContext clientPrefersAes128 = client(cert, List.of("TLSv1.2"), List.of(ECDHE_RSA_AES128, ECDHE_RSA_AES256));

        assertThat(handshake(server(settings), clientPrefersAes128).getCipherSuite()).isEqualTo(ECDHE_RSA_AES128);
        assertThat(handshake(server(settings.withServerCipherOrder(true)), clientPrefersAes128).getCipherSuite())
                .isEqualTo(ECDHE_RSA_AES256);
    }

    @Test
    void anEcdsaCipherNameWorksWithAnEcCertificate() throws Exception {
        TestCertificate cert = ecCert;
        cert.writeCombined(dir, "asterisk.pem", KeyFormat.TRADITIONAL);
        SslContext server = server(TlsSettings.defaults().withCipher("ECDHE-ECDSA-AES128-GCM-SHA256"));
        assertThat(handshake(server, client(cert, List.of("TLSv1.2"), null)).getCipherSuite()).isEqualTo(ECDHE_ECDSA_AES128);
    }

    @Test
    void anRsaCertFileBringsItsEccCompanion() throws Exception {
        TestCertificate rsa = rsaCert;
        TestCertificate ec = ecCert;
        rsa.writeCombined(dir, "asterisk_rsa.pem", KeyFormat.PKCS8);
        TlsSettings settings = TlsSettings.defaults().withCertFile("asterisk_rsa.pem");
        SslContext ecdsaOnlyClient = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                .trustManager(InsecureTrustManagerFactory.INSTANCE)
                .protocols("TLSv1.2").ciphers(List.of(ECDHE_ECDSA_AES128)).build();

        assertThatThrownBy(() -> handshake(server(settings), ecdsaOnlyClient)).isInstanceOf(SSLException.class);

        ec.writeCombined(dir, "asterisk_ecc.pem", KeyFormat.TRADITIONAL);
        SSLSession session = handshake(server(settings), ecdsaOnlyClient);
        assertThat(session.getPeerCertificates()[0]).isEqualTo(ec.certificate());
    }

    @Test
    void servesAnExpiredCertificateAsAsteriskDoes() throws Exception {
        TestCertificate expired = TestCertificates.expired(KeyType.EC_P256);
        expired.writeCombined(dir, "asterisk.pem", KeyFormat.PKCS8);
        SslContext trustingClient = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                .trustManager(InsecureTrustManagerFactory.INSTANCE).build();

        SSLSession session = handshake(server(TlsSettings.defaults()), trustingClient);
        X509Certificate served = (X509Certificate) session.getPeerCertificates()[0];
        assertThat(served).isEqualTo(expired.certificate());
        assertThatThrownBy(served::checkValidity).isInstanceOf(CertificateExpiredException.class);
    }

    @Test
    void aMissingKeyFileFailsWithItsName() throws Exception {
        rsaCert.writeCertificate(dir, "cert.pem");
        assertThatThrownBy(() -> server(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("gone.key")))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageContaining(dir.resolve("gone.key").toString());
    }

    @Test
    void aGarbledKeyFileFailsWithItsName() throws Exception {
        TestCertificate cert = rsaCert;
        cert.writeCertificate(dir, "cert.pem");
        String pem = cert.privateKeyPem(KeyFormat.TRADITIONAL);
        // drop one base64 line from the middle: still PEM, no longer a key
        List<String> lines = new java.util.ArrayList<>(pem.lines().toList());
        lines.remove(lines.size() / 2);
        Files.writeString(dir.resolve("key.pem"), String.join("\n", lines) + "\n");
        assertThatThrownBy(() -> server(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem")))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageStartingWith("TLS/SSL error loading private key file. <" + dir.resolve("key.pem") + ">");
    }

    @Test
    void aKeyOfAnotherCertificateFailsWithItsName() throws Exception {
        ecCert.writeCertificate(dir, "cert.pem");
        TestCertificates.valid(KeyType.EC_P256).writePrivateKey(dir, "key.pem", KeyFormat.PKCS8);
        assertThatThrownBy(() -> server(TlsSettings.defaults().withCertFile("cert.pem").withPrivateKeyFile("key.pem")))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageContaining("key.pem>: the key does not match the certificate");
    }
}
