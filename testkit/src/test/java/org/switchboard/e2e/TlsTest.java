package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.asteriskjava.AsteriskVersion;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.tls.TestCertificate;
import org.switchboard.testkit.tls.TestCertificates;

/**
 * The TLS listener (manager.conf tlsenable, tlscertfile, tlsprivatekey; spec 01 §5.2) with a
 * self-signed certificate made here: asterisk-java over TLS, plain AMI over TLS, and what a
 * client that speaks plaintext to the TLS port gets.
 */
class TlsTest {
    static final Path KEYS = TlsFiles.keyDirectory("switchboard-tls");
    static final TestCertificate CERT = TestCertificates.valid(TestCertificates.KeyType.RSA_2048);

    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withFiles(java.util.Map.of("manager.conf",
            TlsFiles.managerConf(CERT.writeCertificate(KEYS, "server.crt"),
                    CERT.writePrivateKey(KEYS, "server.key", TestCertificates.KeyFormat.TRADITIONAL), ""))).tls();

    private static SSLContext trusting() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("switchboard", CERT.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @AfterAll
    static void cleanUp() throws IOException {
        TlsFiles.delete(KEYS);
    }

    @Test
    void plainAmiOverTls() throws Exception {
        try (AmiTestClient c = AmiTestClient.connectTls(sb.tlsAddress(), trusting())) {
            assertThat(c.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
            c.login("admin", "admin123");
            assertThat(c.request("Action: Ping", "ActionID: 1").header("Ping")).isEqualTo("Pong");
            // security events name the TLS transport
            assertThat(c.awaitEvent("SuccessfulAuth").header("LocalAddress"))
                    .isEqualTo("IPV4/TLS/127.0.0.1/" + sb.tlsAddress().getPort());
        }
    }

    @Test
    void theTlsListenerIsAnotherPortThanThePlainOne() {
        assertThat(sb.tlsAddress().getPort()).isNotEqualTo(sb.amiAddress().getPort());
    }

    @Test
    void asteriskJavaOverTls() throws Exception {
        SSLContext previous = SSLContext.getDefault();
        SSLContext.setDefault(trusting());   // asterisk-java uses the default SSL socket factory
        ManagerConnectionFactory factory = new ManagerConnectionFactory("127.0.0.1", sb.tlsAddress().getPort(),
                "admin", "admin123");
        ManagerConnection connection = factory.createSecureManagerConnection();
        List<ManagerEvent> events = new CopyOnWriteArrayList<>();
        connection.registerUserEventClass(HelloEvent.class);
        connection.addEventListener(events::add);
        try {
            connection.login();
            assertThat(connection.getVersion()).isEqualTo(AsteriskVersion.ASTERISK_22);
            ManagerResponse pong = connection.sendAction(new PingAction());
            assertThat(pong.getResponse()).isEqualTo("Success");
            assertThat(pong.getAttribute("ping")).isEqualTo("Pong");
            try (AmiTestClient other = sb.connect()) {
                other.login("admin", "admin123");
                other.request("Action: UserEvent", "UserEvent: Hello", "Greeting: over tls", "ActionID: u");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> e instanceof HelloEvent));
            HelloEvent hello = (HelloEvent) events.stream().filter(e -> e instanceof HelloEvent).findFirst().orElseThrow();
            assertThat(hello.getGreeting()).isEqualTo("over tls");
            assertThat(hello.getPrivilege()).isEqualTo("user,all");
        } finally {
            connection.logoff();
            SSLContext.setDefault(previous);
        }
    }

    @Test
    void plaintextOnTheTlsPortGetsNoBannerAndIsClosed() throws Exception {
        try (AmiTestClient c = AmiTestClient.connect(sb.tlsAddress())) {
            c.sendRaw("Action: Login\r\nUsername: admin\r\nSecret: admin123\r\n\r\n");
            assertThat(c.awaitClosed(Duration.ofSeconds(10))).isTrue();
            assertThat(c.received()).doesNotContain("Asterisk Call Manager").doesNotContain("Response");
        }
        // the listener still serves TLS clients afterwards
        try (AmiTestClient ok = AmiTestClient.connectTls(sb.tlsAddress(), trusting())) {
            assertThat(ok.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateFailsTheHandshake() throws Exception {
        SSLContext strict = SSLContext.getInstance("TLS");
        strict.init(null, null, null);
        try (SSLSocket s = (SSLSocket) strict.getSocketFactory().createSocket("127.0.0.1", sb.tlsAddress().getPort())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(s::startHandshake)
                    .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        }
    }
}
