package org.switchboard.testkit.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.switchboard.testkit.capture.Script.cel;
import static org.switchboard.testkit.capture.Script.channelEvent;
import static org.switchboard.testkit.capture.Script.deviceState;

import org.junit.jupiter.api.Test;

/** The stream comparison's rules, one at a time, on small conversations. */
class StreamComparisonTest {
    private static final ReplayOptions STREAMS = ReplayOptions.defaults().withMode(ReplayMode.STREAMS);
    private static final String LOGIN = "Action: Login";
    private static final String OK = "Response: Success\nActionID: o\nMessage: Originate successfully queued";

    private static Script loggedIn() {
        return new Script().at("0.1").connect("a").send("a", LOGIN);
    }

    @Test
    void twoCallsThatLookAlikeAreToldApartByWhatFollows() {
        Capture captured = loggedIn().at("0.2").send("a", "Action: Originate").expect("a", OK,
                channelEvent("Newchannel", "Local/s@default-00000001;1", "1795347864.1", "1795347864.1"),
                channelEvent("Newchannel", "Local/s@default-00000002;1", "1795347864.3", "1795347864.3"),
                channelEvent("VarSet", "Local/s@default-00000001;1", "1795347864.1", "1795347864.1", "Variable: tag", "Value: x"),
                channelEvent("VarSet", "Local/s@default-00000002;1", "1795347864.3", "1795347864.3", "Variable: tag", "Value: y"))
                .at("1.0").send("a", "Action: Hangup", "Channel: Local/s@default-00000002;1")
                .capture("two calls");
        // the other server created the "y" call first: the first Newchannel could be either call
        Capture live = loggedIn().at("0.2").send("a", "Action: Originate").expect("a", OK,
                channelEvent("Newchannel", "Local/s@default-0000000a;1", "1700000000.1", "1700000000.1"),
                channelEvent("Newchannel", "Local/s@default-0000000b;1", "1700000000.3", "1700000000.3"),
                channelEvent("VarSet", "Local/s@default-0000000a;1", "1700000000.1", "1700000000.1", "Variable: tag", "Value: y"),
                channelEvent("VarSet", "Local/s@default-0000000b;1", "1700000000.3", "1700000000.3", "Variable: tag", "Value: x"))
                .at("1.0").send("a", "Action: Hangup", "Channel: Local/s@default-0000000a;1")
                .capture("two calls, live");
        assertThatCode(() -> CaptureComparison.assertMatches(captured, live, STREAMS)).doesNotThrowAnyException();

        // and the Hangup must then name the "y" call's live channel
        Capture wrongChannel = loggedIn().at("0.2").send("a", "Action: Originate").expect("a", OK,
                channelEvent("Newchannel", "Local/s@default-0000000a;1", "1700000000.1", "1700000000.1"),
                channelEvent("Newchannel", "Local/s@default-0000000b;1", "1700000000.3", "1700000000.3"),
                channelEvent("VarSet", "Local/s@default-0000000a;1", "1700000000.1", "1700000000.1", "Variable: tag", "Value: y"),
                channelEvent("VarSet", "Local/s@default-0000000b;1", "1700000000.3", "1700000000.3", "Variable: tag", "Value: x"))
                .at("1.0").send("a", "Action: Hangup", "Channel: Local/s@default-0000000b;1")
                .capture("two calls, wrong hangup");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(captured, wrongChannel, STREAMS))
                .hasMessageContaining("client chunk 3 (connection 'a', 'Action: Hangup') differs (identifiers translated)")
                .hasMessageContaining("Channel: Local/s@default-0000000a;1");
    }

    @Test
    void eitherHalfMayEndTheLinkedIdButOnlyAfterBothEnded() {
        String one = "Local/s@default-00000001;1";
        String two = "Local/s@default-00000001;2";
        Capture captured = loggedIn().at("0.2").send("a", "Action: Hangup").expect("a",
                cel("CHAN_END", two, "1795347864.2", "1795347864.1"),
                cel("CHAN_END", one, "1795347864.1", "1795347864.1"),
                cel("LINKEDID_END", one, "1795347864.1", "1795347864.1")).capture("linkedid");
        Capture otherHalf = loggedIn().at("0.2").send("a", "Action: Hangup").expect("a",
                cel("CHAN_END", one, "1795347864.1", "1795347864.1"),
                cel("CHAN_END", two, "1795347864.2", "1795347864.1"),
                cel("LINKEDID_END", two, "1795347864.2", "1795347864.1")).capture("linkedid, other half");
        assertThatCode(() -> CaptureComparison.assertMatches(captured, otherHalf, STREAMS)).doesNotThrowAnyException();

        Capture tooSoon = loggedIn().at("0.2").send("a", "Action: Hangup").expect("a",
                cel("CHAN_END", one, "1795347864.1", "1795347864.1"),
                cel("LINKEDID_END", one, "1795347864.1", "1795347864.1"),
                cel("CHAN_END", two, "1795347864.2", "1795347864.1")).capture("linkedid, too soon");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(captured, tooSoon, STREAMS))
                .hasMessageContaining("stream 'CEL LINKEDID_END of linkedid 1795347864.1'")
                .hasMessageContaining("it arrived before the CHAN_END record of every channel of the linkedid ("
                        + two + " not yet)");
    }

    @Test
    void channelBackedDeviceStatesMayRepeatOrSkipWhatWasReplacedWithinABurst() {
        String dev = "Local/s@default";
        Capture captured = loggedIn().at("0.2").send("a", "Action: Originate").expect("a",
                deviceState(dev, "INUSE"), deviceState(dev, "INUSE"), deviceState(dev, "NOT_INUSE"), deviceState(dev, "NOT_INUSE"))
                .at("0.7").send("a", "Action: Ping").capture("short call");
        Capture lateSample = loggedIn().at("0.2").send("a", "Action: Originate").expect("a",
                deviceState(dev, "NOT_INUSE"), deviceState(dev, "NOT_INUSE"), deviceState(dev, "NOT_INUSE"))
                .at("0.7").send("a", "Action: Ping").capture("short call, sampled late");
        assertThatCode(() -> CaptureComparison.assertMatches(captured, lateSample, STREAMS)).doesNotThrowAnyException();

        Capture backwards = loggedIn().at("0.2").send("a", "Action: Originate").expect("a",
                deviceState(dev, "NOT_INUSE"), deviceState(dev, "INUSE"))
                .at("0.7").send("a", "Action: Ping").expect("a", "Response: Success\nPing: Pong").capture("short call, backwards");
        // (were INUSE the last block of the connection, it could come after the end of the recording)
        Capture thenPing = loggedIn().at("0.2").send("a", "Action: Originate").expect("a",
                deviceState(dev, "INUSE"), deviceState(dev, "INUSE"), deviceState(dev, "NOT_INUSE"), deviceState(dev, "NOT_INUSE"))
                .at("0.7").send("a", "Action: Ping").expect("a", "Response: Success\nPing: Pong").capture("short call");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(thenPing, backwards, STREAMS))
                .hasMessageContaining("stream 'DeviceStateChange of Local/s@default'")
                .hasMessageContaining("expected 'State: NOT_INUSE', got 'State: INUSE'");
    }

    @Test
    void aDeviceStateTheClientSawSettleMustBeReported() {
        String dev = "Local/s@default";
        Capture captured = loggedIn().at("0.2").send("a", "Action: Originate").expect("a",
                deviceState(dev, "INUSE"), deviceState(dev, "INUSE"))
                .at("0.7").send("a", "Action: Hangup").expect("a", deviceState(dev, "NOT_INUSE"))
                .capture("call");
        Capture skipped = loggedIn().at("0.2").send("a", "Action: Originate")
                .at("0.7").send("a", "Action: Hangup").expect("a", deviceState(dev, "NOT_INUSE"))
                .capture("call, INUSE never reported");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(captured, skipped, STREAMS))
                .hasMessage("before client chunk 3 (connection 'a', 'Action: Hangup'): call, connection 'a', stream "
                        + "'DeviceStateChange of Local/s@default', state 1 of 2: not received (the capture received it after "
                        + "client chunk 2 (connection 'a', 'Action: Originate'); blocks received on this connection so far: 1)\n"
                        + "expected block:\nEvent: DeviceStateChange\nPrivilege: call,all\nDevice: Local/s@default\nState: INUSE");
    }

    @Test
    void otherDevicesAreComparedReportByReport() {
        String dev = "Custom:Eggs";
        Capture captured = loggedIn().at("0.2").send("a", "Action: Setvar").expect("a", deviceState(dev, "INUSE"))
                .at("0.7").send("a", "Action: Ping").expect("a", "Response: Success\nPing: Pong").capture("custom");
        Capture twice = loggedIn().at("0.2").send("a", "Action: Setvar").expect("a", deviceState(dev, "INUSE"), deviceState(dev, "INUSE"))
                .at("0.7").send("a", "Action: Ping").expect("a", "Response: Success\nPing: Pong").capture("custom, twice");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(captured, twice, STREAMS))
                .hasMessageContaining("Its stream 'DeviceStateChange of Custom:Eggs' has no more blocks (all 1 received).");
    }

    @Test
    void aBlockMayComeAsSoonAsTheFirstChunkOfItsBurstIsOut() {
        String ev = channelEvent("Newchannel", "Local/s@default-00000001;1", "1795347864.1", "1795347864.1");
        Capture sameBurst = loggedIn().at("0.2").send("a", "Action: Originate").at("0.201").send("a", "Action: Ping")
                .expect("a", ev).capture("burst");
        Capture early = loggedIn().at("0.2").send("a", "Action: Originate").expect("a", ev).at("0.201").send("a", "Action: Ping")
                .capture("burst, early");
        assertThatCode(() -> CaptureComparison.assertMatches(sameBurst, early, STREAMS)).doesNotThrowAnyException();

        String pong = "Response: Success\nPing: Pong";
        Capture laterBurst = loggedIn().at("0.2").send("a", "Action: Originate").at("0.5").send("a", "Action: Ping")
                .expect("a", pong).expect("a", ev).capture("bursts");
        Capture tooEarly = loggedIn().at("0.2").send("a", "Action: Originate").expect("a", ev).at("0.5").send("a", "Action: Ping")
                .expect("a", pong).capture("bursts, too early");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(laterBurst, tooEarly, STREAMS))
                .hasMessageContaining("bursts, connection 'a': received block 2 (after client chunk 2 (connection 'a', "
                        + "'Action: Originate')) fits no expected block.")
                .hasMessageContaining("the lines match, but it arrived before client chunk 3 (connection 'a', 'Action: Ping') "
                        + "was sent, but the capture received it only after that chunk");
    }

    @Test
    void aBlockReadLateWasWrittenAfterThePreviousReadOnly() {
        // F01, K01: the client read its setup connection only when it used it again
        String ev = "Event: SuccessfulAuth\nPrivilege: security,all\nAccountID: user";
        Capture lazy = new Script().at("0.1").connect("setup").send("setup", LOGIN).expect("setup", "Response: Success")
                .at("0.2").connect("a").send("a", LOGIN).expect("a", "Response: Success")
                .at("0.5").send("a", "Action: Ping").expect("a", "Response: Success")
                .at("0.8").send("setup", "Action: Ping").expect("setup", ev, "Response: Success").capture("lazy");
        Capture prompt = new Script().at("0.1").connect("setup").send("setup", LOGIN).expect("setup", "Response: Success")
                .at("0.2").connect("a").send("a", LOGIN).expect("a", "Response: Success").expect("setup", ev)
                .at("0.5").send("a", "Action: Ping").expect("a", "Response: Success")
                .at("0.8").send("setup", "Action: Ping").expect("setup", "Response: Success").capture("lazy, read at once");
        assertThatCode(() -> CaptureComparison.assertMatches(lazy, prompt, STREAMS)).doesNotThrowAnyException();
    }

    @Test
    void theItemsOfAListOfChannelsMayComeInAnyOrderButBeforeTheEnd() {
        String start = "Response: Success\nActionID: s\nEventList: start\nMessage: Channel status will follow";
        String one = "Event: Status\nPrivilege: call\nActionID: s\nChannel: Local/s@default-0000084b;1\nUniqueid: 1795347864.4913";
        String two = "Event: Status\nPrivilege: call\nActionID: s\nChannel: Local/s@default-0000084b;2\nUniqueid: 1795347864.4914";
        String end = "Event: StatusComplete\nActionID: s\nEventList: Complete\nListItems: 2";
        Capture captured = loggedIn().at("0.2").send("a", "Action: Status").expect("a", start, one, two, end)
                .at("0.5").send("a", "Action: Ping").expect("a", "Response: Success").capture("status");
        Capture swapped = loggedIn().at("0.2").send("a", "Action: Status").expect("a", start, two, one, end)
                .at("0.5").send("a", "Action: Ping").expect("a", "Response: Success").capture("status, swapped");
        assertThatCode(() -> CaptureComparison.assertMatches(captured, swapped, STREAMS)).doesNotThrowAnyException();

        Capture endFirst = loggedIn().at("0.2").send("a", "Action: Status").expect("a", start, one, end, two)
                .at("0.5").send("a", "Action: Ping").expect("a", "Response: Success").capture("status, end first");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(captured, endFirst, STREAMS))
                .hasMessageContaining("Closest: stream 'replies and list items', block 4 of 6")
                .hasMessageContaining("line 1: expected 'Event: Status', got 'Event: StatusComplete'");
    }

    @Test
    void anIdTheClientChoseMustComeBackAsItIs() {
        Capture captured = loggedIn().at("0.2").send("a", "Action: Originate", "ChannelId: MyCustomId")
                .expect("a", channelEvent("Newchannel", "Local/s@default-00000001;1", "MyCustomId", "MyCustomId"))
                .capture("channelid");
        Capture live = loggedIn().at("0.2").send("a", "Action: Originate", "ChannelId: MyCustomId")
                .expect("a", channelEvent("Newchannel", "Local/s@default-00000001;1", "1700000000.1", "1700000000.1"))
                .capture("channelid, ignored");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(captured, live, STREAMS))
                .hasMessageContaining("line 4: expected 'Uniqueid: MyCustomId', got 'Uniqueid: 1700000000.1' (a different value)");
    }

    @Test
    void anEventAfterAConnectionsCapturedBlocksFailsButOnTheSetupConnectionOnceItsLastRequestWentOut() {
        String late = "Event: UserEvent\nPrivilege: user,all\nUserEvent: late";
        Capture open = loggedIn().expect("a", "Response: Success").capture("open");
        Capture more = loggedIn().expect("a", "Response: Success", late).capture("open, more");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(open, more, STREAMS))
                .hasMessageContaining("open, connection 'a': received block 3 (after client chunk 1 (connection 'a', 'Action: Login'))"
                        + " fits no expected block.\nEvery captured block of this connection has been received already.");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(open, more, ReplayOptions.defaults().withMode(ReplayMode.STRICT)))
                .hasMessageContaining("open, connection 'a', block 3: unexpected extra block (after the last captured one)");
        // what a test collected (StreamAssertions) may go on after the expected blocks
        assertThatCode(() -> StreamAssertions.assertBlocks("Response: Success\r\n\r\n" + StreamAssertions.normalize(late),
                java.util.List.of("Response: Success"))).doesNotThrowAnyException();

        Capture closing = loggedIn().expect("a", "Response: Goodbye").closed("a").capture("closing");
        Capture moreThenClosed = loggedIn().expect("a", "Response: Goodbye", late).closed("a").capture("closing, more");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(closing, moreThenClosed, STREAMS))
                .hasMessageContaining("Every captured block of this connection has been received already "
                        + "(the capture saw the server close it).");

        Capture setup = new Script().at("0.1").connect(Capture.SETUP).send(Capture.SETUP, LOGIN)
                .expect(Capture.SETUP, "Response: Success").capture("setup");
        Capture setupMore = new Script().at("0.1").connect(Capture.SETUP).send(Capture.SETUP, LOGIN)
                .expect(Capture.SETUP, "Response: Success", late).capture("setup, more");
        assertThatCode(() -> CaptureComparison.assertMatches(setup, setupMore, STREAMS)).doesNotThrowAnyException();
        assertThatCode(() -> CaptureComparison.assertMatches(setup, setupMore, ReplayOptions.defaults().withMode(ReplayMode.STRICT)))
                .doesNotThrowAnyException();
        // but not before its last request went out: the capture would have seen it
        Capture setupEarly = new Script().at("0.1").connect(Capture.SETUP).expect(Capture.SETUP, late).send(Capture.SETUP, LOGIN)
                .expect(Capture.SETUP, "Response: Success").capture("setup, early");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(setup, setupEarly, STREAMS))
                .hasMessageContaining("fits no expected block");
    }

    @Test
    void aCallRecordRacingTheSetupConnectionsLastResponseMayComeBeforeIt() {
        String setup = Capture.SETUP;
        String hungup = "Response: Success\nMessage: Channel Hungup";
        String record = cel("HANGUP", "Local/s@default-00000001;1", "1795347864.1", "1795347864.1");
        Capture captured = new Script().at("0.1").connect(setup).send(setup, LOGIN).at("0.2").send(setup, "Action: Hangup")
                .expect(setup, hungup).capture("ends");
        // the record the channel's end caused came before the response; the recording stopped there
        Capture early = new Script().at("0.1").connect(setup).send(setup, LOGIN).at("0.2").send(setup, "Action: Hangup")
                .expect(setup, record, hungup).capture("ends, early");
        assertThatCode(() -> CaptureComparison.assertMatches(captured, early, STREAMS)).doesNotThrowAnyException();

        // not before the client's last burst began: then the capture would have seen it
        Capture tooSoon = new Script().at("0.1").connect(setup).send(setup, LOGIN).expect(setup, record)
                .at("0.2").send(setup, "Action: Hangup").expect(setup, hungup).capture("too soon");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(captured, tooSoon, STREAMS))
                .hasMessageContaining("fits no expected block");

        // nor on a recorded connection: the replay reads it as long as the capture did
        Capture recorded = loggedIn().at("0.2").send("a", "Action: Hangup").expect("a", hungup).capture("recorded");
        Capture recordedEarly = loggedIn().at("0.2").send("a", "Action: Hangup").expect("a", record, hungup)
                .capture("recorded, early");
        assertThatThrownBy(() -> CaptureComparison.assertMatches(recorded, recordedEarly, STREAMS))
                .hasMessageContaining("recorded, connection 'a': received block 2")
                .hasMessageContaining("fits no expected block");
    }

    @Test
    void aFailureNamesTheStreamThePositionAndTheLineAndShowsBothBlocks() {
        Capture g01 = CaptureVariantsTest.capture("G01_originate_app");
        Capture swapped = Breakages.swapInChannelStream(Conversation.of(g01)).orElseThrow().conversation().toCapture(null);
        Throwable failure = catchThrowable(() -> CaptureComparison.assertMatches(g01, swapped, STREAMS));
        assertThat(failure.getMessage().split("\n", 3)).startsWith(
                "G01_originate_app, connection 'a': received block 9 (after client chunk 2 (connection 'a', 'Action: Originate'))"
                        + " fits no expected block.",
                "Closest: stream 'events of 1795347864.4913' (Local/s@default-0000084b;1), block 2 of 8 (captured block 9 of the"
                        + " connection): line 1: expected 'Event: Newexten', got 'Event: VarSet' (a different value).");
        assertThat(failure.getMessage()).contains("\nexpected block:\nEvent: Newexten\nPrivilege: dialplan,all\n"
                + "Channel: Local/s@default-0000084b;1\n").contains("\nreceived block:\nEvent: VarSet\n");
    }
}
