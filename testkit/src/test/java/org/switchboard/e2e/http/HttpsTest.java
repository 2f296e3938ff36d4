package org.switchboard.e2e.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.tls.TestCertificate;
import org.switchboard.testkit.tls.TestCertificates;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

/** AMI over HTTPS: http.conf tlsenable with its own certificate (spec 01 §7.1). */
class HttpsTest {
    private static final TestCertificate CERT = TestCertificates.valid(KeyType.EC_P256);
    private static final Path CERT_DIR = certificateDirectory();

    @RegisterExtension
    static SwitchboardExtension sb = server("tlsbindaddr = 127.0.0.1\ntlscertfile = " + CERT_DIR.resolve("http.pem") + "\n");

    /** The shared manager.conf and http.conf with {@code tlsenable = yes} and {@code tlsLines}; both listeners. */
    static SwitchboardExtension server(String tlsLines) {
        return SwitchboardExtension.withFiles(Map.of(
                "manager.conf", HttpAmi.MANAGER_CONF,
                "http.conf", HttpAmi.HTTP_CONF + "tlsenable = yes\n" + tlsLines)).http().https();
    }

    private static Path certificateDirectory() {
        try {
            Path dir = Files.createTempDirectory("switchboard-https");
            dir.toFile().deleteOnExit();
            CERT.writeCombined(dir, "http.pem", KeyFormat.TRADITIONAL);
            dir.resolve("http.pem").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpClient trustingClient() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("switchboard", CERT.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context).build();
    }

    @Test
    void theSameManagerAnswersOverTls() throws Exception {
        HttpClient client = trustingClient();
        String base = "https://127.0.0.1:" + sb.httpsAddress().getPort();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(
                base + "/rawman?action=login&username=admin&secret=admin123")).build(),
                HttpResponse.BodyHandlers.ofString(ISO_8859_1));
        assertThat(login.body()).isEqualTo("Response: Success\r\nMessage: Authentication accepted\r\n\r\n");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> ping = client.send(HttpRequest.newBuilder(URI.create(base + "/rawman?action=ping"))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString(ISO_8859_1));
        assertThat(ping.body()).startsWith("Response: Success\r\nPing: Pong\r\n");
        // the plain listener runs beside it
        assertThat(sb.httpAddress().getPort()).isNotEqualTo(sb.httpsAddress().getPort());
        assertThat(sb.server().executeCli("http show status").output())
                .contains("HTTPS Server Enabled and Bound to 127.0.0.1:" + sb.httpsAddress().getPort() + "\n\n");
    }
}
