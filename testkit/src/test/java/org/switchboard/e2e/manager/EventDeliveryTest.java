package org.switchboard.e2e.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/** Which events reach which session, and how they are written (spec 01 §1.7, §2.5, §3.3, §9.1). */
class EventDeliveryTest {

    /** Sends a UserEvent from a fresh admin session and waits for its ack. */
    static void userEvent(SwitchboardExtension sb, String name) {
        sb.login("admin", "admin123").request("Action: UserEvent", "UserEvent: " + name, "ActionID: ue-" + name);
    }

    /** Proves the session saw everything queued before: a Ping round trip after the event. */
    static void sync(AmiTestClient c) {
        c.request("Action: Ping", "ActionID: sync-" + System.nanoTime());
    }

    @Nested
    class EventsAction {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("");

        @Test
        void offStopsEventsAndOnRestartsThem() {
            AmiTestClient c = sb.login("admin", "admin123");
            assertThat(c.request("Action: Events", "EventMask: off", "ActionID: 1").headers().lines())
                    .containsExactly("Response: Success", "ActionID: 1", "Events: Off");
            userEvent(sb, "Hidden");
            sync(c);
            assertThat(c.find(m -> "Hidden".equals(m.header("UserEvent")))).isEmpty();

            assertThat(c.request("Action: Events", "EventMask: on", "ActionID: 2").headers().lines())
                    .containsExactly("Response: Success", "ActionID: 2", "Events: On");
            userEvent(sb, "Shown");
            assertThat(c.awaitEvent("UserEvent").header("UserEvent")).isEqualTo("Shown");
        }

        @Test
        void anUnknownWordIsOffButStillSuccess() {
            AmiTestClient c = sb.login("admin", "admin123");
            assertThat(c.request("Action: Events", "EventMask: nonsense", "ActionID: 1").header("Events")).isEqualTo("Off");
        }

        @Test
        void anEmptyMaskIsAnError() {
            AmiTestClient c = sb.login("admin", "admin123");
            AmiMessage r = c.request("Action: Events", "EventMask: ", "ActionID: 1");
            assertThat(r.headers().lines()).containsExactly("Response: Error", "ActionID: 1", "Message: Invalid event mask");
        }

        /** strings_to_mask reads digits with atoi: past the long range strtol's LONG_MAX becomes -1. */
        @Test
        void aNumberPastTheLongRangeIsAnInvalidMask() {
            AmiTestClient c = sb.login("admin", "admin123");
            AmiMessage r = c.request("Action: Events", "EventMask: 18446744073709551617", "ActionID: 1");
            assertThat(r.headers().lines()).containsExactly("Response: Error", "ActionID: 1", "Message: Invalid event mask");
            // while inside it, only the low 32 bits count: 2^32 + 64 is class user
            assertThat(c.request("Action: Events", "EventMask: 4294967360", "ActionID: 2").header("Events")).isEqualTo("On");
            userEvent(sb, "LowBits");
            assertThat(c.awaitEvent("UserEvent").header("UserEvent")).isEqualTo("LowBits");
        }

        @Test
        void theMaskIsNotAndedWithReadPermissionButDeliveryStillChecksIt() {
            // reader has read=user; asking for everything still gives user events only
            AmiTestClient c = sb.login("reader", "readerpw");
            c.request("Action: Events", "EventMask: system,user", "ActionID: 1");
            userEvent(sb, "ForReader");
            assertThat(c.awaitEvent("UserEvent").header("Privilege")).isEqualTo("user,all");
        }

        @Test
        void aNumberIsAMask() {
            AmiTestClient c = sb.login("admin", "admin123");
            c.request("Action: Events", "EventMask: 1", "ActionID: 1");
            userEvent(sb, "NotSystem");
            sync(c);
            assertThat(c.find(m -> "UserEvent".equals(m.header("Event")))).isEmpty();
            c.request("Action: Events", "EventMask: 64", "ActionID: 2");
            userEvent(sb, "UserClass");
            assertThat(c.awaitEvent("UserEvent").header("UserEvent")).isEqualTo("UserClass");
        }
    }

    @Nested
    class ReadPermission {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("");

        @Test
        void aSessionWithoutTheClassGetsNothingOfIt() {
            AmiTestClient calls = sb.login("callonly", "callpw");
            AmiTestClient reader = sb.login("reader", "readerpw");
            userEvent(sb, "Both");
            assertThat(reader.awaitEvent("UserEvent").header("UserEvent")).isEqualTo("Both");
            sync(calls);
            assertThat(calls.find(m -> "UserEvent".equals(m.header("Event")))).isEmpty();
        }

        @Test
        void aUserWithoutSystemReadGetsNoFullyBooted() {
            AmiTestClient reader = sb.login("reader", "readerpw");
            sync(reader);
            assertThat(reader.find(m -> "FullyBooted".equals(m.header("Event")))).isEmpty();
        }
    }

    @Nested
    class HeaderOptions {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.withFiles("timestampevents = yes\ndebug = yes\n",
                Map.of("asterisk.conf", "[options]\nsystemname = pbx-7\n"));

        @Test
        void timestampDebugAndSystemNameGoBetweenPrivilegeAndTheBody() {
            AmiTestClient c = sb.login("reader", "readerpw");
            userEvent(sb, "Dressed");
            AmiMessage e = c.awaitEvent("UserEvent");
            assertThat(e.headers().lines()).hasSize(10);
            assertThat(e.headers().line(0)).isEqualTo("Event: UserEvent");
            assertThat(e.headers().line(1)).isEqualTo("Privilege: user,all");
            assertThat(e.headers().line(2)).matches("Timestamp: \\d+\\.\\d{6}");
            assertThat(e.headers().line(3)).matches("SequenceNumber: \\d+");
            assertThat(e.headers().line(4)).startsWith("File: ");
            assertThat(e.headers().line(5)).startsWith("Line: ");
            assertThat(e.headers().line(6)).startsWith("Func: ");
            assertThat(e.headers().line(7)).isEqualTo("SystemName: pbx-7");
            assertThat(e.headers().line(8)).isEqualTo("UserEvent: Dressed");
            assertThat(e.headers().line(9)).isEqualTo("ActionID: ue-Dressed");
        }

        /** spec 01 §1.7: FullyBooted at login and WaitEventComplete are written straight in, undressed. */
        @Test
        void blocksWrittenStraightIntoTheSessionGetNoTimestampDebugOrSystemName() {
            AmiTestClient c = sb.login("admin", "admin123");
            AmiMessage booted = c.awaitEvent("FullyBooted");
            assertThat(booted.headers().lines()).hasSize(5);
            assertThat(booted.headers().lines().subList(0, 2)).containsExactly("Event: FullyBooted", "Privilege: system,all");
            assertThat(booted.headers().line(2)).matches("Uptime: \\d+");
            assertThat(booted.headers().line(3)).matches("LastReload: \\d+");
            assertThat(booted.headers().line(4)).isEqualTo("Status: Fully Booted");
            int from = c.messageCount();
            c.send("Action: WaitEvent", "Timeout: 0", "ActionID: w");
            AmiMessage complete = c.awaitMessage(from, m -> "WaitEventComplete".equals(m.header("Event")), Duration.ofSeconds(5));
            assertThat(complete.headers().lines()).containsExactly("Event: WaitEventComplete", "ActionID: w");
        }

        @Test
        void coreSettingsReportsTheSystemName() {
            AmiTestClient c = sb.login("admin", "admin123");
            assertThat(c.request("Action: CoreSettings", "ActionID: 1").header("SystemName")).isEqualTo("pbx-7");
        }
    }

    @Nested
    class DisabledEvents {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("disabledevents = Foo, UserEvent\n");

        @Test
        void aDisabledEventIsNeverCreated() {
            AmiTestClient c = sb.login("admin", "admin123");
            AmiMessage ack = c.request("Action: UserEvent", "UserEvent: Gone", "ActionID: 1");
            assertThat(ack.header("Message")).isEqualTo("Event Sent");
            sync(c);
            assertThat(c.find(m -> "UserEvent".equals(m.header("Event")))).isEmpty();
        }
    }

    @Nested
    class BrokenEventsAction {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("brokeneventsaction = yes\n");

        @Test
        void noReplyForOnOrAnInvalidMask() {
            // reader sees no security events: only replies can arrive here
            AmiTestClient c = sb.login("reader", "readerpw");
            int before = c.messageCount();
            c.send("Action: Events", "EventMask: on", "ActionID: silent");
            c.send("Action: Events", "EventMask: ", "ActionID: silent2");
            AmiMessage off = c.request("Action: Events", "EventMask: off", "ActionID: loud");
            assertThat(off.header("Events")).isEqualTo("Off");
            assertThat(c.messagesSince(before)).containsExactly(off);
        }
    }

    @Nested
    class UserEventBody {
        @RegisterExtension
        SwitchboardExtension sb = BaseConfig.with("");

        @Test
        void repeatedAndOddHeadersAreCopiedVerbatimInOrder() {
            AmiTestClient c = sb.login("reader", "readerpw");
            sb.login("admin", "admin123").sendRaw("Foo: bar\r\nACTION: UserEvent\r\nuserevent: Mixed\r\n"
                    + "Alpha: 1\r\nUserEventX: kept\r\nalpha:  2 \r\nActionID: z\r\n\r\n");
            AmiMessage e = c.awaitEvent("UserEvent");
            assertThat(e.headers().lines()).containsExactly("Event: UserEvent", "Privilege: user,all",
                    "UserEvent: Mixed", "Foo: bar", "Alpha: 1", "UserEventX: kept", "alpha:  2 ", "ActionID: z");
        }

        @Test
        void theAckComesBeforeTheEventOnTheSendingSession() {
            AmiTestClient c = sb.login("reader", "readerpw");
            int before = c.messageCount();
            c.send("Action: UserEvent", "UserEvent: Order", "ActionID: o");
            c.awaitMessage(before, m -> "UserEvent".equals(m.header("Event")), Duration.ofSeconds(5));
            assertThat(c.messages().get(before).header("Message")).isEqualTo("Event Sent");
        }
    }
}
