package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Issue 3's scenario with the bundled phones (server's bundled-etc: pjsip.conf,
 * switchboard-endpoints.conf, extensions.conf) and the reference system's manager, CDR and CEL
 * settings (channelvars foo and does_not_exist, cdr_manager and cel_manager on): alice's phone
 * calls 6002, {@code Dial(PJSIP/bob,30)} rings bob, bob answers after 2 s, and alice hangs up 10 s
 * after her call was answered. Everything an admin session receives is compared block by block, in
 * order, with every header: spec 02 §3.2 and the code it cites (app_dial.c dial_exec_full and
 * wait_for_answer, features.c ast_bridge_call, bridge.c and bridge_channel.c, chan_pjsip.c, cel.c,
 * cdr.c). All of it on the virtual clock.
 */
class AliceCallsBobTest {
    private static final Path BUNDLED = Path.of("../server/src/main/resources/bundled-etc");
    private static final Instant START = Instant.parse("2026-01-15T09:00:00Z");

    @RegisterExtension
    SwitchboardExtension sb = SwitchboardExtension.withConfigDir(CallConfig.CAPTURE_ETC)
            .file("pjsip.conf", bundled("pjsip.conf"))
            .file("switchboard-endpoints.conf", bundled("switchboard-endpoints.conf"))
            .file("extensions.conf", bundled("extensions.conf"))
            .virtualClock(START);

    private static String bundled(String name) {
        try {
            return Files.readString(BUNDLED.resolve(name), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aliceDialsBobWhoAnswersAfterTwoSecondsAndAliceHangsUpTenSecondsLater() {
        AmiTestClient a = CallTests.login(sb);
        CallTests.settle(sb, a);
        AmiMessage placed = a.request("Action: SBCall", "Endpoint: alice", "Exten: 6002", "ActionID: c1");
        sb.server().quiesce();
        sb.clock().advance(Duration.ofSeconds(2)).join();
        sb.server().quiesce();
        String[] callIds = sb.server().onCore(() -> new String[] {callId("PJSIP/alice-00000000"),
            callId("PJSIP/bob-00000001")});
        sb.clock().advance(Duration.ofSeconds(10)).join();
        CallTests.settle(sb, a);

        String bobId = a.find(m -> "Newchannel".equals(m.header("Event"))
                && "PJSIP/bob-00000001".equals(m.header("Channel"))).orElseThrow().header("Uniqueid");
        String bridgeId = a.find(m -> "BridgeCreate".equals(m.header("Event"))).orElseThrow().header("BridgeUniqueid");
        assertThat(bridgeId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Call call = new Call(placed.header("Uniqueid"), bobId, bridgeId, callIds[0], callIds[1],
                sb.server().pbx().runtime().systemZone());
        assertThat(placed.header("Channel")).isEqualTo("PJSIP/alice-00000000");
        assertThat(bobId).isNotEqualTo(call.aliceId);

        String all = a.received();
        int callStart = all.indexOf("\r\n\r\n", all.indexOf("ActionID: c1\r\n")) + 4;
        List<String> received = blocks(all.substring(callStart));
        assertThat(received).containsExactlyElementsOf(call.expected());
    }

    @Test
    void holdAndUnholdDuringTheCallReachTheOtherSide() {
        AmiTestClient a = CallTests.login(sb);
        a.request("Action: SBCall", "Endpoint: alice", "Exten: 6002", "ActionID: c1");
        sb.server().quiesce();
        sb.clock().advance(Duration.ofSeconds(2)).join();
        CallTests.settle(sb, a);
        int from = a.messageCount();
        a.request("Action: SBHold", "Endpoint: alice", "ActionID: h1");
        CallTests.settle(sb, a);
        a.request("Action: SBUnhold", "Endpoint: alice", "ActionID: u1");
        CallTests.settle(sb, a);
        List<String> seen = a.messagesSince(from).stream()
                .filter(m -> !CallLog.SETTLE.equals(m.actionId()))
                .map(m -> m.headers().has("Event")
                        ? m.header("Event") + " " + m.header("Channel") + m.header("Device") + " "
                                + m.header("MusicClass") + m.header("State")
                        : "R " + m.header("Message"))
                .toList();
        // chan_pjsip queues the hold (ast_queue_hold: Hold on alice); the bridge hands the frame to
        // bob, whose technology is told and shows ONHOLD (chan_pjsip_indicate)
        assertThat(seen).containsExactly(
                "R Call held", "Hold PJSIP/alice-00000000 default", "DeviceStateChange PJSIP/bob ONHOLD",
                "R Call resumed", "Unhold PJSIP/alice-00000000 ", "DeviceStateChange PJSIP/bob INUSE");
    }

    private String callId(String channel) {
        var c = sb.server().pbx().channels().byName(channel).orElseThrow();
        return c.driver().pvtUniqueId(c);
    }

    /** The blocks of AMI text, each with its final blank line, the settle Ping's response left out. */
    private static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        for (String b : text.split("(?<=\r\n\r\n)")) {
            if (!b.contains("ActionID: " + CallLog.SETTLE + "\r\n")) {
                out.add(b);
            }
        }
        return out;
    }

    /** A channel's snapshot block (manager_channels.c), with the channelvars of the captures' manager.conf. */
    private record Chan(String name, String uniqueId, String linkedId, int state, String cidNum, String cidName,
                        String colNum, String colName, String exten) {
        private static final String[] STATES = {"Down", "Rsrvd", "OffHook", "Dialing", "Ring", "Ringing", "Up"};

        Chan state(int s) {
            return new Chan(name, uniqueId, linkedId, s, cidNum, cidName, colNum, colName, exten);
        }

        Chan connected(String num, String nameOfParty) {
            return new Chan(name, uniqueId, linkedId, state, cidNum, cidName, num, nameOfParty, exten);
        }

        Chan exten(String e) {
            return new Chan(name, uniqueId, linkedId, state, cidNum, cidName, colNum, colName, e);
        }

        List<String> block(String p) {
            return List.of(p + "Channel: " + name, p + "ChannelState: " + state, p + "ChannelStateDesc: " + STATES[state],
                    p + "CallerIDNum: " + cidNum, p + "CallerIDName: " + cidName, p + "ConnectedLineNum: " + colNum,
                    p + "ConnectedLineName: " + colName, p + "Language: en", p + "AccountCode: ",
                    p + "Context: default", p + "Exten: " + exten, p + "Priority: 1", p + "Uniqueid: " + uniqueId,
                    p + "Linkedid: " + linkedId, p + "ChanVariable: foo=", p + "ChanVariable: does_not_exist=");
        }
    }

    /** What Asterisk sends for the call, from the ids and times it was given. */
    private static final class Call {
        private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        private static final String DIAL = "PJSIP/bob,30";

        final String aliceId;
        final String bridgeId;
        final String aliceCallId;
        final String bobCallId;
        final ZoneId zone;
        final Chan alice;
        final Chan bob;

        Call(String aliceId, String bobId, String bridgeId, String aliceCallId, String bobCallId, ZoneId zone) {
            this.aliceId = aliceId;
            this.bridgeId = bridgeId;
            this.aliceCallId = aliceCallId;
            this.bobCallId = bobCallId;
            this.zone = zone;
            this.alice = new Chan("PJSIP/alice-00000000", aliceId, aliceId, 4, "6001", "Alice", "<unknown>",
                    "<unknown>", "6002");
            this.bob = new Chan("PJSIP/bob-00000001", bobId, aliceId, 0, "6002", "Bob", "<unknown>", "<unknown>", "s");
        }

        private String time(int seconds) {
            return LOCAL_TIME.format(START.plusSeconds(seconds).atZone(zone));
        }

        private static String event(String name, String privilege, List<?> parts) {
            StringBuilder b = new StringBuilder("Event: ").append(name).append("\r\nPrivilege: ").append(privilege)
                    .append(",all\r\n");
            for (Object part : parts) {
                List<?> lines = part instanceof List<?> l ? l : List.of(part);
                for (Object line : lines) {
                    b.append(line).append("\r\n");
                }
            }
            return b.append("\r\n").toString();
        }

        private static String event(String name, String privilege, Object... parts) {
            return event(name, privilege, Arrays.asList(parts));
        }

        private static String channelEvent(String name, Chan c, Object... more) {
            List<Object> parts = new ArrayList<>();
            parts.add(c.block(""));
            parts.addAll(Arrays.asList(more));
            return event(name, "call", parts);
        }

        private static String varSet(Chan c, String variable, String value) {
            return event("VarSet", "dialplan", c.block(""), "Variable: " + variable, "Value: " + value);
        }

        private static String newexten(Chan c, String app, String data) {
            return event("Newexten", "dialplan", c.block(""), "Extension: " + c.exten(), "Application: " + app,
                    "AppData: " + data);
        }

        private static String dial(String name, Chan caller, Chan peer, String last) {
            return event(name, "call", caller.block(""), peer.block("Dest"), last);
        }

        private static String device(String device, String state) {
            return event("DeviceStateChange", "call", "Device: " + device, "State: " + state);
        }

        private String bridge(String name, int members, Chan... channel) {
            List<Object> parts = new ArrayList<>(List.of("BridgeUniqueid: " + bridgeId, "BridgeType: basic",
                    "BridgeTechnology: simple_bridge", "BridgeCreator: <unknown>", "BridgeName: <unknown>",
                    "BridgeNumChannels: " + members, "BridgeVideoSourceMode: none"));
            for (Chan c : channel) {
                parts.add(c.block(""));
            }
            return event(name, "call", parts);
        }

        /** cel_manager.c manager_log, for the channel as its snapshot had it. */
        private String cel(String eventName, Chan c, String dnid, String app, String data, int at, String peer,
                           String extra) {
            return event("CEL", "call", "EventName: " + eventName, "AccountCode: ", "CallerIDnum: " + c.cidNum(),
                    "CallerIDname: " + c.cidName(), "CallerIDani: ", "CallerIDrdnis: ", "CallerIDdnid: " + dnid,
                    "Exten: " + c.exten(), "Context: default", "Channel: " + c.name(), "Application: " + app,
                    "AppData: " + data, "EventTime: " + time(at), "AMAFlags: DOCUMENTATION",
                    "UniqueID: " + c.uniqueId(), "LinkedID: " + aliceId, "Userfield: ", "Peer: " + peer,
                    "PeerAccount: ", "Extra: " + extra);
        }

        private String bridgeExtra() {
            return "{\"bridge_id\":\"" + bridgeId + "\",\"bridge_technology\":\"simple_bridge\"}";
        }

        List<String> expected() {
            List<String> e = new ArrayList<>();
            Chan aliceRing = alice;
            // chan_pjsip: the phone's INVITE makes a channel in Ring running the dialplan at 6002
            e.add(cel("CHAN_START", aliceRing, "", "", "", 0, "", ""));
            e.add(channelEvent("Newchannel", aliceRing));
            e.add(varSet(aliceRing, "SIPDOMAIN", "127.0.0.1"));
            e.add(newexten(aliceRing, "Dial", DIAL));
            // dial_exec_full: every DIAL variable blanked
            for (String v : List.of("DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME", "ANSWEREDTIME",
                    "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS", "PROGRESSTIME",
                    "PROGRESSTIME_MS")) {
                e.add(varSet(aliceRing, v, ""));
            }
            // ast_request: bob's channel, Down at s; then one staged update (AppDial, exten, connected line)
            Chan bobDown = bob;
            e.add(cel("CHAN_START", bobDown, "", "", "", 0, "", ""));
            e.add(channelEvent("Newchannel", bobDown));
            e.add(varSet(bobDown, "DIALEDPEERNUMBER", "bob"));
            Chan bobDialed = bobDown.exten("6002").connected("6001", "Alice");
            e.add(newexten(bobDialed, "AppDial", "(Outgoing Line)"));
            e.add(channelEvent("NewConnectedLine", bobDialed));
            e.add(dial("DialBegin", aliceRing, bobDialed, "DialString: bob"));
            // wait_for_answer with a single leg: the caller's connected line is the callee
            Chan aliceConnected = aliceRing.connected("6002", "Bob");
            e.add(channelEvent("NewConnectedLine", aliceConnected));
            // 180 Ringing: Newstate, then Dial reads RINGING (RINGTIME from bob's creation)
            Chan bobRinging = bobDialed.state(5);
            e.add(channelEvent("Newstate", bobRinging));
            e.add(varSet(aliceConnected, "RINGTIME", "0"));
            e.add(varSet(aliceConnected, "RINGTIME_MS", "0"));
            e.add(dial("DialState", aliceConnected, bobRinging, "DialStatus: RINGING"));
            // devicestate.c evaluates once the burst is over: bob rings, alice's channel is in use
            e.add(device("PJSIP/bob", "RINGING"));
            e.add(device("PJSIP/alice", "INUSE"));

            // two seconds later, 200 OK: bob is Up when Dial reads ANSWER
            Chan bobUp = bobRinging.state(6);
            e.add(cel("ANSWER", bobUp, "", "AppDial", "(Outgoing Line)", 2, "", ""));
            e.add(channelEvent("Newstate", bobUp));
            e.add(varSet(aliceConnected, "DIALSTATUS", "ANSWER"));
            e.add(varSet(aliceConnected, "DIALEDPEERNAME", bob.name()));
            e.add(varSet(aliceConnected, "DIALEDPEERNUMBER", "bob"));
            // the DialEnd's snapshots are fresh: bob's exten, cleared at the answer, shows already
            Chan bobAnswered = bobUp.exten("");
            e.add(dial("DialEnd", aliceConnected, bobAnswered, "DialStatus: ANSWER"));
            // ast_bridge_call: the caller is answered, a basic bridge made, bob imparted, alice joins
            Chan aliceUp = aliceConnected.state(6);
            e.add(cel("ANSWER", aliceUp, "6002", "Dial", DIAL, 2, "", ""));
            e.add(channelEvent("Newstate", aliceUp));
            e.add(bridge("BridgeCreate", 0));
            e.add(newexten(bobAnswered, "AppDial", "(Outgoing Line)"));
            e.add(cel("BRIDGE_ENTER", bobAnswered, "", "AppDial", "(Outgoing Line)", 2, "", bridgeExtra()));
            e.add(bridge("BridgeEnter", 1, bobAnswered));
            e.add(cel("BRIDGE_ENTER", aliceUp, "6002", "Dial", DIAL, 2, bob.name(), bridgeExtra()));
            e.add(bridge("BridgeEnter", 2, aliceUp));
            // bridge.c set_bridge_peer_vars_2party: the member that entered first first
            e.add(varSet(bobAnswered, "BRIDGEPEER", alice.name()));
            e.add(varSet(bobAnswered, "BRIDGEPVTCALLID", aliceCallId));
            e.add(varSet(aliceUp, "BRIDGEPEER", bob.name()));
            e.add(varSet(aliceUp, "BRIDGEPVTCALLID", bobCallId));
            e.add(device("PJSIP/bob", "INUSE"));

            // ten seconds after the answer alice's phone sends BYE: the cause is the one Dial stored
            e.add(channelEvent("HangupRequest", aliceUp, "Cause: 16"));
            // bridge_channel.c: leaving clears the bridge variables; alice's leaving dissolves the bridge
            e.add(varSet(aliceUp, "BRIDGEPEER", ""));
            e.add(varSet(aliceUp, "BRIDGEPVTCALLID", ""));
            e.add(varSet(bobAnswered, "BRIDGEPEER", ""));
            e.add(varSet(bobAnswered, "BRIDGEPVTCALLID", ""));
            e.add(cel("BRIDGE_EXIT", aliceUp, "6002", "Dial", DIAL, 12, bob.name(), bridgeExtra()));
            e.add(bridge("BridgeLeave", 1, aliceUp));
            e.add(cel("BRIDGE_EXIT", bobAnswered, "", "AppDial", "(Outgoing Line)", 12, "", bridgeExtra()));
            e.add(bridge("BridgeLeave", 0, bobAnswered));
            // bob was imparted: with nowhere to go it is hung up; the hangup source came from alice's
            // BYE (ast_set_hangupsource reaches the bridge peer)
            String aliceSource = "\"hangupsource\":\"" + alice.name() + "\"";
            e.add(cel("HANGUP", bobAnswered, "", "AppDial", "(Outgoing Line)", 12, "",
                    "{\"hangupcause\":16," + aliceSource + ",\"dialstatus\":\"\"}"));
            e.add(cel("CHAN_END", bobAnswered, "", "AppDial", "(Outgoing Line)", 12, "", ""));
            e.add(channelEvent("Hangup", bobAnswered, "Cause: 16", "Cause-txt: Normal Clearing"));
            e.add(bridge("BridgeDestroy", 0));
            // end_bridge_callback, then Dial's DIALSTATUS on the way out
            e.add(varSet(aliceUp, "ANSWEREDTIME", "10"));
            e.add(varSet(aliceUp, "ANSWEREDTIME_MS", "10000"));
            e.add(varSet(aliceUp, "DIALEDTIME", "12"));
            e.add(varSet(aliceUp, "DIALEDTIME_MS", "12000"));
            e.add(varSet(aliceUp, "DIALSTATUS", "ANSWER"));
            // Dial returned -1: __ast_pbx_run ends (APPUNLOAD) and alice is hung up
            e.add(channelEvent("SoftHangupRequest", aliceUp, "Cause: 16"));
            e.add(cel("HANGUP", aliceUp, "6002", "", "", 12, "",
                    "{\"hangupcause\":16," + aliceSource + ",\"dialstatus\":\"ANSWER\"}"));
            e.add(cel("CHAN_END", aliceUp, "6002", "", "", 12, "", ""));
            e.add(cel("LINKEDID_END", aliceUp, "6002", "", "", 12, "", ""));
            e.add(event("Cdr", "cdr", "AccountCode: ", "Source: 6001", "Destination: 6002",
                    "DestinationContext: default", "CallerID: \"Alice\" <6001>", "Channel: " + alice.name(),
                    "DestinationChannel: " + bob.name(), "LastApplication: Dial", "LastData: " + DIAL,
                    "StartTime: " + time(0), "AnswerTime: " + time(2), "EndTime: " + time(12), "Duration: 12",
                    "BillableSeconds: 10", "Disposition: ANSWERED", "AMAFlags: DOCUMENTATION",
                    "UniqueID: " + aliceId, "UserField: "));
            e.add(channelEvent("Hangup", aliceUp, "Cause: 16", "Cause-txt: Normal Clearing"));
            e.add(device("PJSIP/bob", "NOT_INUSE"));
            e.add(device("PJSIP/alice", "NOT_INUSE"));
            return e;
        }
    }
}
