package org.switchboard.e2e.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.e2e.TlsFiles;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.tls.TestCertificate;
import org.switchboard.testkit.tls.TestCertificates;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

/**
 * The AMI TLS listener against clients and certificates that do not fit (spec 01 §5.2;
 * tcptls.c __ssl_setup), end to end over real sockets: an expired certificate is served as
 * OpenSSL serves it (checking it is the client's business); a key that is not the certificate's,
 * or a cipher list that names nothing usable, leaves the TLS listener off while plain AMI runs;
 * tlsdisablev12 and tlscipher refuse the clients they exclude. After every refusal the TLS
 * listener still logs a good client in. (TlsTest has plaintext on the TLS port and an untrusted
 * certificate; TlsHandshakeTest the handshake corners without sockets.)
 */
class TlsHardeningTest {
    static final String TLS12 = "TLSv1.2";
    static final String AES128 = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
    static final String AES256 = "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384";

    static final Path KEYS = TlsFiles.keyDirectory("switchboard-tls-hardening");

    /**
     * A server with TLS on, serving {@code cert} from {@code <name>.crt} with its own key in
     * {@code <name>.key} (or, with {@code ownKey} false, the key of another certificate), and
     * {@code extra} lines in [general].
     */
    static SwitchboardExtension server(TestCertificate cert, String name, boolean ownKey, String extra) {
        cert.writeCertificate(KEYS, name + ".crt");
        TestCertificate keyFrom = ownKey ? cert : TestCertificates.valid(cert.keyType());
        keyFrom.writePrivateKey(KEYS, name + ".key", KeyFormat.PKCS8);
        return SwitchboardExtension.withFiles(Map.of("manager.conf",
                TlsFiles.managerConf(KEYS.resolve(name + ".crt"), KEYS.resolve(name + ".key"), extra))).tls();
    }

    @AfterAll
    static void deleteKeys() throws IOException {
        TlsFiles.delete(KEYS);
    }

    @Nested
    class ExpiredCertificate {
        static final TestCertificate EXPIRED = TestCertificates.expired(KeyType.RSA_2048);

        @RegisterExtension
        SwitchboardExtension sb = server(EXPIRED, "expired", true, "");

        @Test
        void isServedAndAClientThatChecksDatesRefusesIt() throws Exception {
            assertThatThrownBy(() -> handshake(sb.tlsAddress(), checkingDates(), null, null))
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasRootCauseInstanceOf(CertificateExpiredException.class);
            // a client that does not check (as many AMI clients do not) gets in: OpenSSL never
            // looks at its own certificate's dates, and neither does Switchboard
            try (AmiTestClient c = AmiTestClient.connectTls(sb.tlsAddress(), trustingAnything())) {
                assertThat(c.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
                assertThat(c.login("admin", "admin123").header("Response")).isEqualTo("Success");
            }
        }
    }

    /** manager.c __init_manager: with enabled = no only a written tlsbindaddr gives TLS an address. */
    @Nested
    class AmiDisabledWithoutTlsBindAddress {
        static final TestCertificate CERT = TestCertificates.valid(KeyType.RSA_2048);

        @RegisterExtension
        SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf",
                TlsFiles.managerConf(CERT.writeCertificate(KEYS, "disabled.crt"),
                        CERT.writePrivateKey(KEYS, "disabled.key", KeyFormat.PKCS8), "")
                        .replace("enabled = yes", "enabled = no").replace("tlsbindaddr = 127.0.0.1\n", ""))).tls();

        @Test
        void hasNoTlsListener() {
            assertThat(sb.server().amiAddress()).isEmpty();
            assertThat(sb.server().tlsAddress()).isEmpty();
        }
    }

    @Nested
    class AmiDisabledWithTlsBindAddress {
        static final TestCertificate CERT = TestCertificates.valid(KeyType.RSA_2048);

        @RegisterExtension
        SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf",
                TlsFiles.managerConf(CERT.writeCertificate(KEYS, "tlsonly.crt"),
                        CERT.writePrivateKey(KEYS, "tlsonly.key", KeyFormat.PKCS8), "")
                        .replace("enabled = yes", "enabled = no"))).tls();

        @Test
        void servesTlsOnly() throws Exception {
            assertThat(sb.server().amiAddress()).isEmpty();
            assertStillServes(sb, CERT);
        }
    }

    @Nested
    class KeyOfAnotherCertificate {
        @RegisterExtension
        SwitchboardExtension sb = server(TestCertificates.valid(KeyType.RSA_2048), "mismatched", false, "");

        @Test
        void leavesTlsOffAndPlainAmiServing() {
            assertTlsOffAndPlainServing(sb);
        }
    }

    @Nested
    class UnusableCipherList {
        static final TestCertificate CERT = TestCertificates.valid(KeyType.RSA_2048);

        @RegisterExtension
        SwitchboardExtension sb = server(CERT, "nocipher", true, "tlscipher = NO-SUCH-CIPHER");

        @Test
        void leavesTlsOffAndPlainAmiServing() {
            assertTlsOffAndPlainServing(sb);
        }
    }

    @Nested
    class DisabledTls12 {
        static final TestCertificate CERT = TestCertificates.valid(KeyType.RSA_2048);

        @RegisterExtension
        SwitchboardExtension sb = server(CERT, "v12", true, "tlsdisablev12 = yes");

        @Test
        void refusesATls12OnlyClientAndServesTls13() throws Exception {
            assertThatThrownBy(() -> handshake(sb.tlsAddress(), trusting(CERT), new String[] {TLS12}, null))
                    .isInstanceOf(SSLException.class);
            assertThat(handshake(sb.tlsAddress(), trusting(CERT), new String[] {"TLSv1.3"}, null)).isEqualTo("TLSv1.3");
            assertStillServes(sb, CERT);
        }
    }

    @Nested
    class CipherRestriction {
        static final TestCertificate CERT = TestCertificates.valid(KeyType.RSA_2048);

        @RegisterExtension
        SwitchboardExtension sb = server(CERT, "aes128", true, "tlscipher = ECDHE-RSA-AES128-GCM-SHA256");

        @Test
        void refusesAClientWithoutTheConfiguredCipherAndUsesItWithOneThatHasIt() throws Exception {
            assertThatThrownBy(() -> handshake(sb.tlsAddress(), trusting(CERT), new String[] {TLS12}, new String[] {AES256}))
                    .isInstanceOf(SSLException.class);
            try (SSLSocket s = open(sb.tlsAddress(), trusting(CERT), new String[] {TLS12}, new String[] {AES256, AES128})) {
                assertThat(s.getSession().getCipherSuite()).isEqualTo(AES128);
                assertThat(banner(s)).isEqualTo("Asterisk Call Manager/11.0.0");
            }
            assertStillServes(sb, CERT);
        }
    }

    // ---- helpers ----

    /** tcptls.c __ssl_setup failed: no TLS listener, and plain AMI is unaffected (manager.c __init_manager). */
    static void assertTlsOffAndPlainServing(SwitchboardExtension sb) {
        assertThat(sb.server().tlsAddress()).isEmpty();
        assertThat(sb.login("admin", "admin123").request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
    }

    static void assertStillServes(SwitchboardExtension sb, TestCertificate cert) throws Exception {
        try (AmiTestClient c = AmiTestClient.connectTls(sb.tlsAddress(), trusting(cert))) {
            assertThat(c.login("admin", "admin123").header("Response")).isEqualTo("Success");
        }
    }

    /** Handshakes and returns the protocol agreed; throws what the handshake throws. */
    static String handshake(InetSocketAddress server, SSLContext context, String[] protocols, String[] ciphers)
            throws IOException {
        try (SSLSocket s = open(server, context, protocols, ciphers)) {
            return s.getSession().getProtocol();
        }
    }

    static SSLSocket open(InetSocketAddress server, SSLContext context, String[] protocols, String[] ciphers)
            throws IOException {
        SSLSocket s = (SSLSocket) context.getSocketFactory().createSocket(server.getAddress(), server.getPort());
        if (protocols != null) {
            s.setEnabledProtocols(protocols);
        }
        if (ciphers != null) {
            s.setEnabledCipherSuites(ciphers);
        }
        s.setSoTimeout(10_000);
        try {
            s.startHandshake();
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return s;
    }

    static String banner(SSLSocket s) throws IOException {
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().replace("\r", "");
    }

    static SSLContext trusting(TestCertificate cert) {
        return cert.trustingClientContext();
    }

    /**
     * A client that checks the server certificate's dates (the JDK does not check the dates of a
     * self-signed certificate it trusts directly, as a trust anchor).
     */
    static SSLContext checkingDates() throws Exception {
        return checkingServer(chain -> chain[0].checkValidity());
    }

    /** Takes any certificate, as AMI clients that do not verify do. */
    static SSLContext trustingAnything() throws Exception {
        return checkingServer(chain -> { });
    }

    /** What a client checks of the server's certificate chain. */
    interface ServerCheck {
        void check(X509Certificate[] chain) throws CertificateException;
    }

    static SSLContext checkingServer(ServerCheck check) throws Exception {
        TrustManager manager = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                check.check(chain);
            }
            @Override public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {manager}, null);
        return context;
    }
}
