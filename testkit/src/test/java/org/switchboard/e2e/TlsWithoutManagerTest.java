package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;
import org.switchboard.testkit.tls.TestCertificate;
import org.switchboard.testkit.tls.TestCertificates;

/**
 * tlsenable with {@code enabled = no} and no tlsbindaddr (spec 01 §5.2, §5.4): manager.c copies
 * the worked-out TLS address only when the manager is enabled, so the TLS listener has no
 * address, stops, and {@code manager show settings} prints it as {@code (null)}.
 */
class TlsWithoutManagerTest {
    static final Path KEYS = TlsFiles.keyDirectory("switchboard-tls-off");
    static final TestCertificate CERT = TestCertificates.valid(TestCertificates.KeyType.RSA_2048);
    static final Path CRT = CERT.writeCertificate(KEYS, "server.crt");
    static final Path KEY = CERT.writePrivateKey(KEYS, "server.key", TestCertificates.KeyFormat.TRADITIONAL);

    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of("manager.conf",
            TlsFiles.managerConf(CRT, KEY, ""))).tls();

    @AfterAll
    static void cleanUp() throws IOException {
        TlsFiles.delete(KEYS);
    }

    private static List<String> cli(AmiTestClient c, String command) {
        return c.request("Action: Command", "Command: " + command, "ActionID: cli").headers().lines().stream()
                .filter(l -> l.startsWith("Output: ")).map(l -> l.substring("Output: ".length())).toList();
    }

    @Test
    void theTlsListenerStopsAndShowSettingsPrintsNull() throws Exception {
        AmiTestClient admin = sb.login("admin", "admin123");
        InetSocketAddress tls = sb.tlsAddress();
        Path file = sb.configDir().resolve("manager.conf");
        Files.writeString(file, TlsFiles.managerConf(CRT, KEY, "").replace("enabled = yes", "enabled = no")
                .replace("tlsbindaddr = 127.0.0.1\n", ""), StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        admin.request("Action: Reload", "Module: manager", "ActionID: r");
        assertThat(cli(admin, "manager show settings")).contains(
                "  TLS Enable:                Yes            ",
                "  TLS Bindaddress:           (null)         ");
        assertThat(sb.server().tlsAddress()).isEmpty();
        assertThatThrownBy(() -> new java.net.Socket(tls.getAddress(), tls.getPort()).close()).isInstanceOf(IOException.class);
    }
}
