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
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.tls.TestCertificate;
import org.switchboard.testkit.tls.TestCertificates;
import org.switchboard.testkit.tls.TestCertificates.KeyFormat;
import org.switchboard.testkit.tls.TestCertificates.KeyType;

/**
 * HTTPS with the certificate and the key in two files (http.conf tlscertfile and tlsprivatekey,
 * tcptls.c ast_tls_read_conf) and no tlsbindaddr, so the HTTPS listener takes bindaddr's address
 * (http.c __ast_http_load; the test harness only moves the port off 8089).
 */
class HttpsPrivateKeyTest {
    private static final TestCertificate CERT = TestCertificates.valid(KeyType.RSA_2048);
    private static final Path DIR = files();

    @RegisterExtension
    static SwitchboardExtension sb = HttpsTest.server("tlscertfile = " + DIR.resolve("http.crt") + "\n"
            + "tlsprivatekey = " + DIR.resolve("http.key") + "\n");

    private static Path files() {
        try {
            Path dir = Files.createTempDirectory("switchboard-https-key");
            dir.toFile().deleteOnExit();
            CERT.writeCertificate(dir, "http.crt").toFile().deleteOnExit();
            CERT.writePrivateKey(dir, "http.key", KeyFormat.PKCS8).toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCertificateAndASeparateKeyServeTheManagerOnBindaddr() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(CERT.trustingClientContext()).build();
        assertThat(sb.httpsAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        URI login = URI.create("https://127.0.0.1:" + sb.httpsAddress().getPort()
                + "/mxml?action=login&username=admin&secret=admin123");
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(login).build(),
                HttpResponse.BodyHandlers.ofString(ISO_8859_1));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(MxmlTest.parse(r.body())).containsExactly(new MxmlTest.Block("unknown", "generic",
                Map.of("response", "Success", "message", "Authentication accepted")));
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).matches("mansession_id=\"[0-9a-f]{8}\"; Version=1; Max-Age=60");
    }
}
