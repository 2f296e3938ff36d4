package org.switchboard.e2e.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * A hint on a channel technology's device: a Local device is evaluated by the technology
 * (local_devicestate) each time one of its channels changes state, is published every time (Local
 * disables the cache) and the hint reports only when its extension state changes (spec 02 §2.6,
 * §3.6), in virtual time.
 */
class ChannelHintTest {
    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withFiles(Map.of(
            "manager.conf", "[general]\nenabled = yes\nbindaddr = 127.0.0.1\n\n[admin]\nsecret = admin123\n"
                    + "read = all\nwrite = all\n",
            "extensions.conf", """
                    [default]
                    exten => 100,hint,Local/wait@default&Custom:desk
                    exten => wait,1,Answer()
                    same => n,Wait(10)
                    same => n,Hangup()
                    """)).virtualClock();

    @Test
    void aLocalDeviceDrivesItsHint() {
        AmiTestClient a = sb.login("admin", "admin123");
        int from = Blocks.of(a).size();
        assertThat(a.request("Action: ExtensionState", "Exten: 100", "ActionID: e0").header("StatusText"))
                .isEqualTo("Idle");
        a.request("Action: Originate", "Channel: Local/wait@default", "Application: Echo", "Async: true",
                "ActionID: o1");
        sb.server().onCore(() -> null);
        sb.clock().advance(Duration.ofMillis(500)).join();
        AmiMessage up = a.awaitMessage(0, m -> m.header("Event").equals("Newexten")
                && m.header("Application").equals("Wait"), AmiTestClient.DEFAULT_WAIT);
        sb.server().onCore(() -> null);
        assertThat(a.request("Action: ExtensionState", "Exten: 100", "ActionID: e1").header("StatusText"))
                .isEqualTo("InUse");
        sb.clock().advance(Duration.ofSeconds(10)).join();
        a.awaitUntil(() -> a.messages().stream().filter(m -> m.header("Event").equals("Hangup")).count() == 2,
                AmiTestClient.DEFAULT_WAIT);
        sb.server().onCore(() -> null);
        sb.server().onCore(() -> null);
        a.request("Action: Ping", "ActionID: p");

        List<String> seen = Blocks.from(a, from, b -> Blocks.isEvent(b, "DeviceStateChange")
                || Blocks.isEvent(b, "ExtensionStatus")).stream()
                .map(b -> b.lines().filter(l -> l.startsWith("State: ") || l.startsWith("Status: "))
                        .findFirst().orElse("")).toList();
        assertThat(up.header("Channel")).startsWith("Local/wait@default-");
        assertThat(seen).containsExactly("State: INUSE", "Status: 1", "State: INUSE",
                "State: NOT_INUSE", "Status: 0", "State: NOT_INUSE");
    }
}
