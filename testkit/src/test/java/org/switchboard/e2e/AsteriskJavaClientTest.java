package org.switchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asteriskjava.AsteriskVersion;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * asterisk-java 3.42.2, the strictest real AMI client: it must connect, log in with the MD5
 * challenge, detect Asterisk 22 from CoreSettings, ping, and receive a UserEvent that another
 * session sends.
 */
class AsteriskJavaClientTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"));

    @Test
    void logsInWithMd5DetectsTheVersionPingsAndReceivesAUserEvent() throws Exception {
        RecordingRelay wire = new RecordingRelay(sb.amiAddress());
        ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", wire.port(),
                "admin", "admin123").createManagerConnection();
        List<ManagerEvent> events = new CopyOnWriteArrayList<>();
        connection.registerUserEventClass(HelloEvent.class);
        connection.addEventListener(events::add);
        try {
            connection.login();
            assertThat(connection.getState()).isEqualTo(ManagerConnectionState.CONNECTED);
            assertThat(connection.getVersion()).isEqualTo(AsteriskVersion.ASTERISK_22);
            assertThat(connection.getProtocolIdentifier()).isEqualTo("Asterisk Call Manager/11.0.0");
            // on the wire: the MD5 challenge login (no Secret sent), and the version from CoreSettings
            assertThat(wire.clientText()).contains("action: Challenge\r\n", "authtype: MD5\r\n", "key: ")
                    .doesNotContainIgnoringCase("secret:")
                    .containsIgnoringCase("action: CoreSettings\r\n")
                    .doesNotContainIgnoringCase("core show version");
            assertThat(wire.serverText()).contains("Challenge: ", "Message: Authentication accepted\r\n",
                    "AsteriskVersion: 22.10.1\r\n");

            ManagerResponse pong = connection.sendAction(new PingAction());
            assertThat(pong.getResponse()).isEqualTo("Success");
            assertThat(pong.getAttribute("ping")).isEqualTo("Pong");

            try (AmiTestClient other = AmiTestClient.connect(sb.amiAddress())) {
                other.login("user", "mysecret");
                other.request("Action: UserEvent", "UserEvent: Hello", "Greeting: hi there", "ActionID: ue-1");
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> e instanceof HelloEvent));
            HelloEvent hello = (HelloEvent) events.stream().filter(e -> e instanceof HelloEvent).findFirst().orElseThrow();
            assertThat(hello.getGreeting()).isEqualTo("hi there");
            assertThat(hello.getPrivilege()).isEqualTo("user,all");
        } finally {
            connection.logoff();
            wire.close();
        }
    }
}
