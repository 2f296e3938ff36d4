package org.switchboard.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.e2e.manager.BaseConfig;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * An Originate storm in real time (spec 02 §2.5; manager.c action_originate, fast_originate):
 * four sessions each pipeline 500 asynchronous Originates of {@code Local/100@default} (answer,
 * wait a second, hang up) in one write, one in twenty to an extension that does not exist. Every
 * request is answered "Originate successfully queued" in order, every call ends in exactly one
 * OriginateResponse (Success, or Failure for the missing extension), another session is answered
 * meanwhile, and once the calls are over no channel is left (CoreShowChannels lists none).
 */
class OriginateStormTest extends HostileTestBase {
    private static final int DIALERS = 4;
    private static final int PER_DIALER = 500;
    private static final Duration STORM_WAIT = Duration.ofSeconds(120);

    static final String DIALPLAN = """
            [default]
            exten => 100,1,Answer()
             same => n,Wait(1)
             same => n,Hangup()
            """;

    /** Sees only OriginateResponse: the storm's thousands of channel events are not its business. */
    static final String DIALER = """
            [dialer]
            secret = dialpw
            read = call
            write = originate
            eventfilter(name(OriginateResponse)) =
            """;

    @Override
    SwitchboardExtension server() {
        return BaseConfig.withUsers("", DIALER, Map.of("extensions.conf", DIALPLAN));
    }

    /** The ActionID of the n-th Originate of a dialer; every twentieth goes nowhere. */
    private static String id(int dialer, int n) {
        return "d" + dialer + "-" + n + (n % 20 == 19 ? "-nowhere" : "");
    }

    @Test
    void everyOriginateOfTheStormEndsInOneOriginateResponseAndNoChannelIsLeft() {
        List<AmiTestClient> dialers = new ArrayList<>();
        for (int d = 0; d < DIALERS; d++) {
            dialers.add(login("dialer", "dialpw"));
        }
        AmiTestClient watcher = keep(sb.connect());
        watcher.login("admin", "admin123", "off");

        for (int d = 0; d < DIALERS; d++) {
            StringBuilder storm = new StringBuilder(PER_DIALER * 128);
            for (int n = 0; n < PER_DIALER; n++) {
                String id = id(d, n);
                storm.append("Action: Originate\r\nChannel: Local/").append(id.endsWith("nowhere") ? "404" : "100")
                        .append("@default\r\nApplication: Echo\r\nAsync: true\r\nActionID: ").append(id).append("\r\n\r\n");
            }
            dialers.get(d).sendRaw(storm.toString());
        }
        // the server answers others while the storm is on
        assertThat(watcher.request("Action: Ping", "ActionID: during").header("Ping")).isEqualTo("Pong");

        String lastId = id(DIALERS - 1, PER_DIALER - 1);
        for (int d = 0; d < DIALERS; d++) {
            AmiTestClient dialer = dialers.get(d);
            dialer.awaitUntil(() -> originateResponses(dialer).size() >= DIALERS * PER_DIALER, STORM_WAIT);
            assertQueuedRepliesInOrder(dialer, d);
            // each dialer sees the OriginateResponse of every call, its own and the others'
            Map<String, AmiMessage> responses = originateResponses(dialer);
            assertThat(responses).hasSize(DIALERS * PER_DIALER).containsKey(lastId);
            for (int other = 0; other < DIALERS; other++) {
                for (int n = 0; n < PER_DIALER; n++) {
                    String id = id(other, n);
                    AmiMessage r = responses.get(id);
                    assertThat(r).as(id).isNotNull();
                    assertThat(r.header("Response")).as(id).isEqualTo(id.endsWith("nowhere") ? "Failure" : "Success");
                }
            }
        }

        AmiTestClient admin = keep(sb.connect());
        admin.login("admin", "admin123", "off");
        await().atMost(STORM_WAIT).until(() -> channelsListed(admin) == 0);
        assertThat(sb.server().onCore(() -> sb.server().pbx().channels().all().size())).isZero();
    }

    /** Each Originate was answered at once, in request order, exactly once. */
    private static void assertQueuedRepliesInOrder(AmiTestClient dialer, int d) {
        List<AmiMessage> replies = dialer.messages().stream()
                .filter(m -> m.headers().has("Response") && !m.headers().has("Event")
                        && m.actionId().startsWith("d"))
                .toList();
        assertThat(replies).hasSize(PER_DIALER);
        for (int n = 0; n < PER_DIALER; n++) {
            AmiMessage r = replies.get(n);
            assertThat(r.actionId()).isEqualTo(id(d, n));
            assertThat(r.header("Message")).as(r.actionId()).isEqualTo("Originate successfully queued");
        }
    }

    /** OriginateResponse events by ActionID; a second one for the same call fails the test. */
    private static Map<String, AmiMessage> originateResponses(AmiTestClient c) {
        Map<String, AmiMessage> byId = new HashMap<>();
        for (AmiMessage m : c.messages()) {
            if ("OriginateResponse".equals(m.header("Event")) && byId.put(m.actionId(), m) != null) {
                throw new AssertionError("two OriginateResponse events for " + m.actionId());
            }
        }
        return byId;
    }

    private static int channelsListed(AmiTestClient c) {
        int from = c.messageCount();
        assertThat(c.request("Action: CoreShowChannels", "ActionID: left").header("Response")).isEqualTo("Success");
        AmiMessage complete = c.awaitMessage(from, m -> "CoreShowChannelsComplete".equals(m.header("Event")),
                AmiTestClient.DEFAULT_WAIT);
        return Integer.parseInt(complete.header("ListItems"));
    }
}
