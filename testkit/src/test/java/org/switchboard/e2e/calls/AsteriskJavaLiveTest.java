package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.asteriskjava.live.AsteriskChannel;
import org.asteriskjava.live.AsteriskServer;
import org.asteriskjava.live.ChannelState;
import org.asteriskjava.live.DefaultAsteriskServer;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * asterisk-java's live API (AsteriskServer: the channel tracking dashboards are built on) follows
 * Switchboard's channels: one that existed before it started (found through Status), a call
 * originated afterwards (through the events), state changes, caller id, the dialplan location,
 * and the hangup with its cause.
 */
class AsteriskJavaLiveTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"))
            .virtualClock();

    @Test
    void liveApiTracksChannelsStatesAndHangups() throws Exception {
        AmiTestClient control = sb.login("admin", "admin123");
        // a call that is already up when the live API starts
        control.send("Action: Originate", "Channel: Local/wait@default", "Application: Echo", "Async: true",
                "ActionID: before");
        sb.server().quiesce();
        sb.clock().advance(Duration.ofMillis(500)).join();
        control.awaitMessage(0, m -> "OriginateResponse".equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);

        ManagerConnection connection = new ManagerConnectionFactory("127.0.0.1", sb.amiAddress().getPort(),
                "admin", "admin123").createManagerConnection();
        AsteriskServer server = new DefaultAsteriskServer(connection);
        try {
            server.initialize();
            // asterisk-java hands events to its listeners on a thread of its own (asyncEventHandling)
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(server.getChannels()).extracting(AsteriskChannel::getName)
                        .anyMatch(n -> n.matches("Local/wait@default-[0-9a-f]{8};1"))
                        .anyMatch(n -> n.matches("Local/wait@default-[0-9a-f]{8};2"));
                assertThat(server.getChannels()).allMatch(c -> c.getState() == ChannelState.UP);
            });

            // a call placed after start-up, with a caller id, running dialplan
            int from = control.messageCount();
            control.send("Action: Originate", "Channel: Local/short@default", "Context: default", "Exten: echo",
                    "Priority: 1", "CallerID: \"Alice\" <1234>", "Async: true", "ActionID: after");
            sb.server().quiesce();
            sb.clock().advance(Duration.ofMillis(500)).join();
            control.awaitMessage(from, m -> "OriginateResponse".equals(m.header("Event")), AmiTestClient.DEFAULT_WAIT);
            String one = control.awaitMessage(from, m -> "OriginateResponse".equals(m.header("Event")),
                    AmiTestClient.DEFAULT_WAIT).header("Channel");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                AsteriskChannel c = server.getChannelByName(one);
                assertThat(c).isNotNull();
                assertThat(c.getState()).isEqualTo(ChannelState.UP);
                assertThat(c.getCallerId().getNumber()).isEqualTo("1234");
                assertThat(c.getCallerId().getName()).isEqualTo("Alice");
                assertThat(c.getCurrentExtension().getExtension()).isEqualTo("echo");
            });
            AsteriskChannel tracked = server.getChannelByName(one);

            // ;2 of Local/short waits one second and hangs up; ;1 follows
            sb.clock().advance(Duration.ofSeconds(1)).join();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(tracked.getState()).isEqualTo(ChannelState.HUNGUP);
                assertThat(tracked.getDateOfRemoval()).isNotNull();
            });
            assertThat(tracked.wasInState(ChannelState.DOWN)).isTrue();
        } finally {
            connection.logoff();
        }
    }
}
