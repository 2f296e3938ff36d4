package org.switchboard.e2e.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.protocol.AmiMessage;
import org.switchboard.testkit.AmiTestClient;
import org.switchboard.testkit.SwitchboardExtension;

/**
 * Dial of a Local channel in virtual time, with the configuration the captures ran
 * (extension 400: {@code Dial(Local/100@default,10)}; 100 answers, waits a second, hangs up).
 * No capture has a Dial or a bridge: the expected sequence follows app_dial.c, features.c,
 * bridge.c and bridge_channel.c (spec 02 §3.2, with the Local callee of its last paragraph).
 */
class DialLocalTest {
    @RegisterExtension
    static SwitchboardExtension sb = SwitchboardExtension.withConfigDir(Path.of("src/test/resources/captures/etc"))
            .virtualClock();

    @Test
    void originateIntoADialOfALocalChannelBridgesTheTwoAndEndsWhenTheCalleeHangsUp() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        a.request("Action: Originate", "Channel: Local/400@default", "Context: default", "Exten: 200", "Priority: 1",
                "Async: true", "ActionID: o1");
        CallTests.advance(sb, Duration.ofSeconds(3));
        a.awaitUntil(() -> a.find(m -> "Hangup".equals(m.header("Event"))
                && m.header("Channel").startsWith("Local/400@default-") && m.header("Channel").endsWith(";1"))
                .isPresent(), AmiTestClient.DEFAULT_WAIT);
        List<AmiMessage> msgs = a.messagesSince(from);
        CallLog log = new CallLog().alias("Local/400@default-", "400").alias("Local/100@default-", "100");
        assertThat(log.describe(msgs)).containsExactly(
                "R Success Originate successfully queued",
                "Newchannel 400;1", "Newchannel 400;2", "Newexten 400;1 400 AppDial2",
                "LocalBridge 400;1", "DialBegin -> 400;1",
                "Newexten 400;2 400 Dial",
                "VarSet 400;2 DIALSTATUS=", "VarSet 400;2 DIALEDPEERNUMBER=", "VarSet 400;2 DIALEDPEERNAME=",
                "VarSet 400;2 ANSWEREDTIME=", "VarSet 400;2 ANSWEREDTIME_MS=", "VarSet 400;2 DIALEDTIME=",
                "VarSet 400;2 DIALEDTIME_MS=", "VarSet 400;2 RINGTIME=", "VarSet 400;2 RINGTIME_MS=",
                "VarSet 400;2 PROGRESSTIME=", "VarSet 400;2 PROGRESSTIME_MS=",
                // the leg: requested, set up in one staged snapshot, called
                "Newchannel 100;1", "Newchannel 100;2",
                "VarSet 100;1 DIALEDPEERNUMBER=100@default",
                "Newexten 100;1 400 AppDial", "NewCallerid 100;1",
                "VarSet 100;2 DIALEDPEERNUMBER=100@default", "NewConnectedLine 100;2",
                "LocalBridge 100;1", "DialBegin 400;2 -> 100;1",
                // 100 answers at once
                "Newexten 100;2 100 Answer", "Newstate 100;2 Up", "Newstate 100;1 Up",
                "VarSet 400;2 DIALSTATUS=ANSWER", "VarSet 400;2 DIALEDPEERNAME=100;1",
                "VarSet 400;2 DIALEDPEERNUMBER=100@default", "DialEnd 400;2 -> 100;1 ANSWER",
                // ast_bridge_call: the caller is answered, the callee imparted, the caller joins
                "Newstate 400;2 Up", "BridgeCreate",
                "Newexten 100;1  AppDial", "BridgeEnter 100;1 1", "BridgeEnter 400;2 2",
                "VarSet 100;1 BRIDGEPEER=400;2", "VarSet 400;2 BRIDGEPEER=100;1",
                // the originate's dial sees ;1 answered
                "Newstate 400;1 Up", "DialEnd -> 400;1 ANSWER",
                "OriginateResponse 400;1",
                "Newexten 400;1 200 Answer", "Newexten 400;1 200 Echo",
                "Newexten 100;2 100 Wait", "Newexten 100;2 100 Hangup",
                "SoftHangupRequest 100;2 cause 16", "HangupRequest 100;1 cause 16", "Hangup 100;2 cause 16",
                // 100;1 reads the hangup in the bridge: it leaves, the bridge dissolves
                "VarSet 100;1 BRIDGEPEER=", "VarSet 400;2 BRIDGEPEER=", "BridgeLeave 100;1 1",
                "BridgeLeave 400;2 0",
                "VarSet 400;2 ANSWEREDTIME=1", "VarSet 400;2 ANSWEREDTIME_MS=1500", "VarSet 400;2 DIALEDTIME=1",
                "VarSet 400;2 DIALEDTIME_MS=1500", "VarSet 400;2 DIALSTATUS=ANSWER",
                "SoftHangupRequest 400;2 cause 16",
                "VarSet 400;1 CHANLOCALSTATUS=ANSWER", "HangupRequest 400;1 cause 16", "Hangup 400;2 cause 16",
                "BridgeDestroy", "Hangup 100;1 cause 16",
                "SoftHangupRequest 400;1 cause 16", "Hangup 400;1 cause 16");
    }

    @Test
    void theBridgeEventsCarryTheBasicBridgeBlock() {
        AmiTestClient a = CallTests.login(sb);
        int from = a.messageCount();
        a.send("Action: Originate", "Channel: Local/400@default", "Context: default", "Exten: 200", "Priority: 1",
                "Async: true", "ActionID: o2");
        AmiMessage create = a.awaitMessage(from, m -> "BridgeCreate".equals(m.header("Event")),
                AmiTestClient.DEFAULT_WAIT);
        AmiMessage enter = a.awaitMessage(from, m -> "BridgeEnter".equals(m.header("Event"))
                && "2".equals(m.header("BridgeNumChannels")), AmiTestClient.DEFAULT_WAIT);
        assertThat(create.header("Privilege")).isEqualTo("call,all");
        assertThat(create.header("BridgeUniqueid"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(create.header("BridgeType")).isEqualTo("basic");
        assertThat(create.header("BridgeTechnology")).isEqualTo("simple_bridge");
        assertThat(create.header("BridgeCreator")).isEqualTo("<unknown>");
        assertThat(create.header("BridgeName")).isEqualTo("<unknown>");
        assertThat(create.header("BridgeNumChannels")).isEqualTo("0");
        assertThat(create.header("BridgeVideoSourceMode")).isEqualTo("none");
        assertThat(enter.header("BridgeUniqueid")).isEqualTo(create.header("BridgeUniqueid"));
        // the bridge block comes first, then the channel block (manager_bridges.c channel_enter_cb)
        assertThat(enter.toString().indexOf("BridgeVideoSourceMode"))
                .isLessThan(enter.toString().indexOf("Channel: "));
        assertThat(enter.header("Channel")).matches("Local/400@default-[0-9a-f]{8};2");
        CallTests.advance(sb, Duration.ofSeconds(3));
        a.awaitUntil(() -> a.find(m -> "BridgeDestroy".equals(m.header("Event"))
                && create.header("BridgeUniqueid").equals(m.header("BridgeUniqueid"))).isPresent(),
                AmiTestClient.DEFAULT_WAIT);
    }
}
