package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Hostile and broken input, handled as Asterisk handles it, and the server keeps serving everyone
 * else (spec 01 §1.1, §1.2, §2.2, §2.5).
 */
class BadInputTest {

    @Nested
    class Framing {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("");

        /** Another logged-in client, asked at the end of each test whether it is still served. */
        private AmiTestClient bystander;

        @org.junit.jupiter.api.BeforeEach
        void bystanderLogsIn() {
            bystander = sb.login("admin", "admin123");
        }

        @org.junit.jupiter.api.AfterEach
        void bystanderIsStillServed() {
            assertThat(bystander.request("Action: Ping", "ActionID: bystander").header("Ping")).isEqualTo("Pong");
            assertThat(bystander.isClosed()).isFalse();
        }

        @Test
        void anOverLongLineIsReportedAndTheSessionGoesOn() {
            AmiTestClient c = sb.login("admin", "admin123");
            c.send("Action: Ping", "ActionID: long", "X: " + "y".repeat(5000));
            // manager.c do_message: MESSAGE_LINE_TOO_LONG answers instead of running the action
            assertThat(c.awaitMessage(0, m -> "long".equals(m.actionId()), Duration.ofSeconds(5)).headers().lines())
                    .containsExactly("Response: Error", "ActionID: long", "Message: Failed to parse message: line too long");
            assertThat(c.request("Action: Ping", "ActionID: after").header("Ping")).isEqualTo("Pong");
        }

        @Test
        void twoHundredHeadersAreTooMany() {
            AmiTestClient c = sb.login("admin", "admin123");
            List<String> lines = new ArrayList<>(List.of("Action: Ping", "ActionID: many"));
            for (int i = 0; i < 200; i++) {
                lines.add("X-" + i + ": v");
            }
            c.send(lines.toArray(new String[0]));
            assertThat(c.awaitMessage(0, m -> "many".equals(m.actionId()), Duration.ofSeconds(5)).header("Message"))
                    .isEqualTo("Too many lines in message or allocation failure");
            assertThat(c.request("Action: Ping", "ActionID: after").header("Ping")).isEqualTo("Pong");
        }

        @Test
        void binaryGarbageGetsAnswersAndNeverKillsTheSession() {
            AmiTestClient c = sb.login("admin", "admin123");
            byte[] noise = new byte[20_000];
            new Random(7).nextBytes(noise);
            c.sendRaw(noise);
            // resynchronise: a blank line ends whatever the noise started
            c.sendRaw("\r\n\r\n");
            assertThat(c.request("Action: Ping", "ActionID: alive").header("Ping")).isEqualTo("Pong");
        }

        @Test
        void aLineThatStartsWithNulEndsTheMessageAsAnEmptyLineDoes() {
            AmiTestClient c = sb.login("admin", "admin123");
            int before = c.messageCount();
            // get_input keeps the NUL, do_message sees an empty C string: the Ping runs at once, and
            // the header after it starts a message of its own that has no Action
            c.sendRaw("Action: Ping\r\nActionID: a\r\n\0junk\r\nActionID: b\r\n\r\n");
            AmiMessage missing = c.awaitMessage(before, m -> "b".equals(m.actionId()), Duration.ofSeconds(5));
            assertThat(missing.headers().lines()).containsExactly("Response: Error", "ActionID: b",
                    "Message: Missing action in request");
            assertThat(c.messagesSince(before).stream().filter(m -> "a".equals(m.actionId())).findFirst().orElseThrow()
                    .header("Ping")).isEqualTo("Pong");
        }

        @Test
        void tenThousandEmptyLinesAreTenThousandErrors() {
            AmiTestClient c = sb.login("admin", "admin123");
            int before = c.messageCount();
            c.sendRaw("\r\n".repeat(10_000));
            AmiMessage pong = c.request("Action: Ping", "ActionID: done");
            List<AmiMessage> all = c.messages();
            long missing = all.subList(before, all.size()).stream()
                    .filter(m -> "Missing action in request".equals(m.header("Message"))).count();
            assertThat(missing).isEqualTo(10_000);
            assertThat(all.get(before).headers().lines()).containsExactly("Response: Error", "Message: Missing action in request");
            assertThat(pong.header("Ping")).isEqualTo("Pong");
        }

        @Test
        void tenThousandPipelinedPingsAreAnsweredInOrder() {
            AmiTestClient c = sb.login("admin", "admin123");
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 10_000; i++) {
                b.append("Action: Ping\r\nActionID: ").append(i).append("\r\n\r\n");
            }
            int before = c.messageCount();
            c.sendRaw(b.toString());
            c.awaitMessage(before, m -> "9999".equals(m.actionId()), Duration.ofSeconds(30));
            List<String> ids = c.messagesSince(before).stream()
                    .filter(m -> "Pong".equals(m.header("Ping"))).map(AmiMessage::actionId).toList();
            assertThat(ids).hasSize(10_000);
            for (int i = 0; i < ids.size(); i++) {
                assertThat(ids.get(i)).isEqualTo(Integer.toString(i));
            }
        }

        @Test
        void aClientThatLeavesMidActionHarmsNobody() throws Exception {
            AmiTestClient other = sb.login("admin", "admin123");
            try (Socket s = new Socket("127.0.0.1", sb.amiAddress().getPort())) {
                OutputStream out = s.getOutputStream();
                out.write("Action: Login\r\nUsername: admin\r\nSecret: admin123\r\n\r\nAction: Comm".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            assertThat(other.request("Action: Ping", "ActionID: ok").header("Ping")).isEqualTo("Pong");
        }
    }

    @Nested
    class Limits {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("authlimit = 5\nauthtimeout = 1\n");

        @Test
        void aClientThatNeverLogsInIsDroppedAfterAuthtimeout() {
            AmiTestClient busy = sb.login("admin", "admin123");
            AmiTestClient idle = sb.connect();
            assertThat(idle.banner()).isEqualTo("Asterisk Call Manager/11.0.0");
            // Asterisk counts whole seconds: the drop comes between 1 and 2 seconds after connect,
            // and nothing is written before it (do_message just ends the session)
            assertThat(idle.awaitClosed(Duration.ofSeconds(5))).isTrue();
            assertThat(idle.received()).isEqualTo("Asterisk Call Manager/11.0.0\r\n");
            // a logged-in session is not subject to authtimeout
            assertThat(busy.request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
        }

        @Test
        void beyondAuthlimitConnectionsAreClosedWithoutABanner() throws Exception {
            AmiTestClient busy = sb.login("admin", "admin123");
            List<AmiTestClient> clients = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                clients.add(sb.connect());
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> clients.stream().allMatch(c ->
                    c.received().startsWith("Asterisk Call Manager/11.0.0\r\n") || c.isClosed()));
            long withBanner = clients.stream().filter(c -> c.received().startsWith("Asterisk Call Manager")).count();
            long closedSilently = clients.stream().filter(c -> c.isClosed() && c.received().isEmpty()).count();
            assertThat(withBanner).isEqualTo(5);
            assertThat(closedSilently).isEqualTo(55);
            assertThat(busy.request("Action: Ping", "ActionID: p").header("Ping")).isEqualTo("Pong");
            // logging in frees a slot, and a logged-in user is never limited
            assertThat(clients.stream().filter(c -> !c.isClosed()).findFirst().orElseThrow()
                    .login("admin", "admin123").header("Response")).isEqualTo("Success");
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                AmiTestClient next = sb.connect();
                return next.banner() != null;
            });
        }
    }

    @Nested
    class SlowReader {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("");

        @Test
        void aReaderThatStopsIsDisconnectedAndEveryoneElseGetsEveryEventInOrder() throws Exception {
            AmiTestClient steady = sb.login("reader", "readerpw");
            try (Socket stalled = new Socket()) {
                stalled.setReceiveBufferSize(4096);
                stalled.connect(sb.amiAddress());
                OutputStream out = stalled.getOutputStream();
                out.write("Action: Login\r\nUsername: reader\r\nSecret: readerpw\r\nActionID: s\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = stalled.getInputStream();
                byte[] first = new byte[128];
                assertThat(in.read(first)).isPositive();   // banner and reply, then it stops reading

                AmiTestClient producer = sb.login("admin", "admin123");
                int events = 20_000;
                StringBuilder flood = new StringBuilder();
                String padding = "p".repeat(150);
                for (int i = 0; i < events; i++) {
                    flood.append("Action: UserEvent\r\nUserEvent: Flood\r\nSeq: ").append(i)
                            .append("\r\nPad: ").append(padding).append("\r\n\r\n");
                }
                producer.sendRaw(flood.toString());

                steady.awaitMessage(0, m -> Integer.toString(events - 1).equals(m.header("Seq")), Duration.ofSeconds(60));
                List<String> seqs = steady.messages().stream().filter(m -> "Flood".equals(m.header("UserEvent")))
                        .map(m -> m.header("Seq")).toList();
                assertThat(seqs).hasSize(events);
                for (int i = 0; i < events; i++) {
                    assertThat(seqs.get(i)).isEqualTo(Integer.toString(i));
                }
                // the stalled session was dropped by the server (writetimeout), not kept growing
                await().atMost(Duration.ofSeconds(10)).until(() -> sb.server().runtime().sessions().all().stream()
                        .noneMatch(s -> s.remote().getPort() == stalled.getLocalPort()));
            }
        }
    }
}
