package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

class SmokeTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"));

    @Test
    void bannerLoginPingLogoff(AmiTestClient c) {
        assertThat(c.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
        AmiMessage login = c.login("admin", "admin123");
        assertThat(login.header("Message")).isEqualTo("Authentication accepted");
        AmiMessage pong = c.request("Action: Ping", "ActionID: p1");
        assertThat(pong.header("Ping")).isEqualTo("Pong");
        c.send("Action: Logoff", "ActionID: bye");
        assertThat(c.awaitClosed(Duration.ofSeconds(5))).isTrue();
        assertThat(c.received()).endsWith("Response: Goodbye\r\nActionID: bye\r\nMessage: Thanks for all the fish.\r\n\r\n");
    }
}
