package org.switchboard.e2e.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.tls.TestCertificate;
import org.switchboard.testkit.tls.TestCertificates;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

/**
 * {@code module reload http} reads the certificate again even when http.conf did not change
 * (http.c __ast_http_load: "Even if the http.conf hasn't been updated, the TLS certs/keys may
 * have been", then ast_ssl_setup), so a renewed certificate serves new connections; a file that no
 * longer loads stops HTTPS.
 */
class HttpsCertificateReloadTest {
    private static final TestCertificate FIRST = TestCertificates.valid(KeyType.EC_P256);
    private static final TestCertificate RENEWED = TestCertificates.valid(KeyType.EC_P256);
    private static final Path DIR = directory();

    @RegisterExtension
    SwitchboardExtension sb = HttpsTest.server("tlsbindaddr = 127.0.0.1\ntlscertfile = " + DIR.resolve("http.pem") + "\n");

    private static Path directory() {
        try {
            Path dir = Files.createTempDirectory("switchboard-https-reload");
            dir.toFile().deleteOnExit();
            FIRST.writeCombined(dir, "http.pem", KeyFormat.TRADITIONAL).toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> ping(TestCertificate trusted) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(trusted.trustingClientContext()).build();
        URI uri = URI.create("https://127.0.0.1:" + sb.httpsAddress().getPort() + "/rawman?action=ping");
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(ISO_8859_1));
    }

    @Test
    void aRenewedCertificateServesNewConnectionsAfterAReloadAndABrokenOneStopsHttps() throws Exception {
        assertThat(ping(FIRST).statusCode()).isEqualTo(200);

        RENEWED.writeCombined(DIR, "http.pem", KeyFormat.TRADITIONAL);
        sb.server().reload("http");
        assertThat(ping(RENEWED).body()).isEqualTo("Response: Error\r\nMessage: Permission denied\r\n\r\n");
        assertThatThrownBy(() -> ping(FIRST)).isInstanceOf(SSLHandshakeException.class);

        Files.writeString(DIR.resolve("http.pem"), "not a certificate\n", ISO_8859_1);
        sb.server().reload("http");
        assertThat(sb.server().httpsAddress()).isEmpty();
        // plain HTTP goes on
        assertThat(new HttpAmi(sb).get("/rawman", "action", "ping").statusCode()).isEqualTo(200);
    }
}
