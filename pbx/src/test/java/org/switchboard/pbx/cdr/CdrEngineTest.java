package org.switchboard.pbx.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SoftHangup;

/** The CDR state machine (main/cdr.c), fed with the events the PBX publishes. */
class CdrEngineTest {
    private final CallRecordsBed bed = new CallRecordsBed();

    @AfterEach
    void close() {
        bed.close();
    }

    private void settings(CdrSettings s) {
        bed.onCore(() -> bed.cdr.settings(s));
    }

    private static CdrSettings with(String option, boolean on) {
        CdrSettings d = CdrSettings.DEFAULTS;
        return new CdrSettings(d.enabled(), d.debug(), option.equals("unanswered") ? on : d.unanswered(),
                option.equals("congestion") ? on : d.congestion(), option.equals("batch") ? on : d.batch(),
                option.equals("endbeforehexten") ? on : d.endBeforeHExten(), d.initiatedSeconds(), d.schedulerOnly(),
                d.safeShutdown(), option.equals("size") ? 2 : d.batchSize(), d.batchTime(),
                d.channelDefaultEnabled(), d.ignoreStateChanges(), option.equals("ignoredialchanges") ? on
                : d.ignoreDialChanges(), d.cancelDispositionEnabled());
    }

    /** Alice dials Bob (app_dial), Bob answers, they are bridged, Alice hangs up. */
    private CallRecordsBed.Chan[] bridgedCall(long talkMillis) {
        CallRecordsBed.Chan alice = bed.channel("PJSIP/alice-00000001", ChannelState.RING);
        alice.caller = Party.of("100", "Alice");
        alice.exten = "200";
        alice.exec("Dial", "PJSIP/bob,30");
        CallRecordsBed.Chan bob = bed.channel("PJSIP/bob-00000002", ChannelState.DOWN, alice.linkedId);
        bob.exec("AppDial", "(Outgoing Line)");
        bob.outgoing = true;
        bed.dial(alice, bob);
        bed.advance(2000);
        bob.answer();
        bed.dialStatus(alice, bob, "ANSWER");
        alice.answer();
        var bridge1 = bed.bridge("b-1", "basic", "simple_bridge", bob);
        bed.enter(bridge1, bob);
        var bridge2 = bed.bridge("b-1", "basic", "simple_bridge", bob, alice);
        bed.enter(bridge2, alice);
        bed.advance(talkMillis);
        bed.leave(bed.bridge("b-1", "basic", "simple_bridge", bob), alice);
        bed.leave(bed.bridge("b-1", "basic", "simple_bridge"), bob);
        alice.hangup(HangupCause.NORMAL_CLEARING);
        bob.hangup(HangupCause.NORMAL_CLEARING);
        return new CallRecordsBed.Chan[] {alice, bob};
    }

    @Test
    void aBridgedDialGivesOneRecordWithTheCallerAsPartyA() {
        bridgedCall(61_500);

        List<CdrRecord> cdrs = bed.cdrs();
        assertThat(cdrs).hasSize(1);
        CdrRecord r = cdrs.get(0);
        assertThat(r.channel()).isEqualTo("PJSIP/alice-00000001");
        assertThat(r.destinationChannel()).isEqualTo("PJSIP/bob-00000002");
        assertThat(r.callerId()).isEqualTo("\"Alice\" <100>");
        assertThat(r.source()).isEqualTo("100");
        assertThat(r.destination()).isEqualTo("200");
        assertThat(r.lastApplication()).isEqualTo("Dial");
        assertThat(r.lastData()).isEqualTo("PJSIP/bob,30");
        assertThat(r.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(r.start()).isEqualTo(CallRecordsBed.START);
        assertThat(r.answer()).isEqualTo(CallRecordsBed.START.plusMillis(2000));
        // 63.5 s from start, 61.5 s from the answer, both truncated
        assertThat(r.duration()).isEqualTo(63);
        assertThat(r.billableSeconds()).isEqualTo(61);
    }

    @Test
    void initiatedSecondsRoundsHalfSecondsOfBillsecUp() {
        CdrSettings d = CdrSettings.DEFAULTS;
        settings(new CdrSettings(true, false, false, false, false, true, true, false, true, 100, 300, true, false,
                false, false));
        bridgedCall(61_500);

        assertThat(bed.cdrs().get(0).billableSeconds()).isEqualTo(62);
        assertThat(d.initiatedSeconds()).isFalse();
    }

    /** Alice (Dial) calls {@code callee}, which ends with {@code status} and is hung up. */
    private static CallRecordsBed.Chan failedDial(CallRecordsBed b, CallRecordsBed.Chan alice, String callee,
                                                  String status) {
        CallRecordsBed.Chan peer = b.channel(callee, ChannelState.DOWN, alice.linkedId);
        peer.outgoing = true;
        peer.exec("AppDial", "(Outgoing Line)");
        b.dial(alice, peer);
        b.dialStatus(alice, peer, status);
        peer.hangup(0);
        return peer;
    }

    private static CallRecordsBed.Chan alice(CallRecordsBed b, String dialData) {
        CallRecordsBed.Chan alice = b.channel("PJSIP/alice-00000001", ChannelState.RING);
        alice.exec("Dial", dialData);
        return alice;
    }

    @Test
    void anUnansweredDialIsPostedWithItsDialStatus() {
        CallRecordsBed.Chan alice = bed.channel("PJSIP/alice-00000001", ChannelState.RING);
        alice.exec("Dial", "PJSIP/bob");
        CallRecordsBed.Chan bob = bed.channel("PJSIP/bob-00000002", ChannelState.DOWN, alice.linkedId);
        bob.outgoing = true;
        bob.exec("AppDial", "(Outgoing Line)");
        bed.dial(alice, bob);
        bed.dialStatus(alice, bob, "RINGING");
        bed.dialStatus(alice, bob, "BUSY");
        bob.hangup(HangupCause.USER_BUSY);
        alice.exec("Hangup", "");
        alice.hangup(HangupCause.NORMAL_CLEARING);

        List<CdrRecord> cdrs = bed.cdrs();
        // the Dial record (BUSY, with a Party B); the record for the Hangup priority has neither an
        // answer nor a Party B and is not posted (unanswered = no); Bob's own is a dialed leg's
        assertThat(cdrs).extracting(CdrRecord::channel, CdrRecord::destinationChannel, CdrRecord::disposition,
                        CdrRecord::lastApplication)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PJSIP/alice-00000001", "PJSIP/bob-00000002",
                        Disposition.BUSY, "Dial"));
        assertThat(cdrs.get(0).answer()).isNull();
        assertThat(cdrs.get(0).billableSeconds()).isZero();
    }

    @Test
    void congestionIsFailedUnlessConfigured() {
        assertThat(disposition("CONGESTION")).isEqualTo(Disposition.FAILED);
        assertThat(disposition("NOANSWER")).isEqualTo(Disposition.NOANSWER);
        assertThat(disposition("CANCEL")).isEqualTo(Disposition.NOANSWER);
        assertThat(disposition("CHANUNAVAIL")).isEqualTo(Disposition.FAILED);
    }

    private Disposition disposition(String status) {
        try (CallRecordsBed b = new CallRecordsBed()) {
            CallRecordsBed.Chan alice = alice(b, "PJSIP/bob");
            failedDial(b, alice, "PJSIP/bob-00000002", status);
            alice.hangup(0);
            return b.cdrs().get(0).disposition();
        }
    }

    @Test
    void aSingleUnansweredChannelIsPostedOnlyWithUnanswered() {
        CallRecordsBed.Chan c = bed.channel("Local/x@default-00000000;2", ChannelState.RING);
        c.exec("Wait", "5");
        c.hangup(HangupCause.USER_BUSY);
        assertThat(bed.cdrs()).isEmpty();

        settings(with("unanswered", true));
        CallRecordsBed.Chan busy = bed.channel("Local/y@default-00000001;2", ChannelState.RING);
        busy.exec("Busy", "");
        busy.hangup(HangupCause.USER_BUSY);
        CallRecordsBed.Chan none = bed.channel("Local/z@default-00000002;2", ChannelState.RING);
        none.exec("Wait", "1");
        none.hangup(0);
        CallRecordsBed.Chan normal = bed.channel("Local/w@default-00000003;2", ChannelState.RING);
        normal.exec("Wait", "1");
        normal.hangup(HangupCause.NORMAL_CLEARING);
        assertThat(bed.cdrs()).extracting(CdrRecord::disposition)
                .containsExactly(Disposition.BUSY, Disposition.FAILED, Disposition.NOANSWER);
        assertThat(bed.cdrs()).extracting(r -> r.disposition().text())
                .containsExactly("BUSY", "FAILED", "NO ANSWER");
    }

    @Test
    void anOriginatedChannelIsNotADialedPartyAndKeepsItsApplication() {
        // G01: ;1 is called by Originate (outgoing and originated) and runs Echo after the answer
        CallRecordsBed.Chan one = bed.channel("Local/s@default-00000000;1", ChannelState.DOWN);
        one.exec("AppDial2", "(Outgoing Line)");
        one.outgoing = true;
        one.originated = true;
        bed.dial(null, one);
        one.answer();
        bed.dialStatus(null, one, "ANSWER");
        one.app = "Echo";
        one.data = "";
        one.publish();
        bed.advance(1100);
        one.app = "AppDial2";
        one.data = "(Outgoing Line)";
        one.publish();
        one.hangup(0);

        CdrRecord r = bed.cdrs().get(0);
        assertThat(r.lastApplication()).isEqualTo("Echo");
        assertThat(r.destinationChannel()).isEmpty();
        assertThat(r.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(r.duration()).isEqualTo(1);
    }

    @Test
    void aDialedChannelWithoutPartyBIsDiscarded() {
        CallRecordsBed.Chan one = bed.channel("Local/s@default-00000000;1", ChannelState.DOWN);
        one.outgoing = true;
        one.exec("AppDial2", "(Outgoing Line)");
        one.answer();
        bed.advance(3000);
        one.hangup(0);
        assertThat(bed.cdrs()).isEmpty();
    }

    @Test
    void theRecordEndsBeforeTheHangupExtensionUnlessConfiguredOtherwise() {
        assertThat(hangupExtensionRecord(true)).extracting(CdrRecord::lastApplication, CdrRecord::duration,
                CdrRecord::destination).containsExactly("Echo", 2L, "s");
        assertThat(hangupExtensionRecord(false)).extracting(CdrRecord::lastApplication, CdrRecord::duration,
                CdrRecord::destination).containsExactly("NoOp", 5L, "h");
    }

    private CdrRecord hangupExtensionRecord(boolean endBefore) {
        try (CallRecordsBed b = new CallRecordsBed()) {
            b.onCore(() -> b.cdr.settings(with("endbeforehexten", endBefore)));
            CallRecordsBed.Chan c = b.channel("Local/s@default-00000000;2", ChannelState.RING);
            c.exec("Answer", "");
            c.answer();
            c.exec("Echo", "");
            b.advance(2000);
            c.app = "";
            c.softHangupFlags = SoftHangup.APPUNLOAD | SoftHangup.HANGUP_EXEC;
            c.exten = "h";
            c.priority = 1;
            c.publish();
            c.exec("NoOp", "in h");
            b.advance(3000);
            c.hangup(0);
            return b.cdrs().get(0);
        }
    }

    @Test
    void aSubroutineDoesNotMoveTheRecordedDestination() {
        CallRecordsBed.Chan c = bed.channel("Local/s@default-00000000;2", ChannelState.RING);
        c.exec("Answer", "");
        c.answer();
        // Gosub(sub-log,s,1): AST_FLAG_SUBROUTINE_EXEC is set before the subroutine's first priority
        c.inSubroutine = true;
        c.context = "sub-log";
        c.exten = "x";
        c.priority = 1;
        c.exec("NoOp", "in the subroutine");
        bed.advance(1000);
        c.hangup(0);
        assertThat(bed.cdrs()).extracting(CdrRecord::destinationContext, CdrRecord::destination,
                CdrRecord::lastApplication).containsExactly(tuple("default", "s", "NoOp"));
    }

    @Test
    void cdrVariablesUserFieldAndDisable() {
        CallRecordsBed.Chan c = bed.channel("Local/s@default-00000000;2", ChannelState.RING);
        c.exec("Answer", "");
        c.answer();
        bed.onCore(() -> {
            assertThat(bed.cdr.setVariable(c.name, "foo", "bar")).isTrue();
            assertThat(bed.cdr.setVariable(c.name, "start", "x")).isFalse();
            bed.cdr.setUserField(c.name, "note");
            assertThat(bed.cdr.getVariable(c.name, "foo")).isEqualTo("bar");
            assertThat(bed.cdr.getVariable(c.name, "userfield")).isEqualTo("note");
            assertThat(bed.cdr.getVariable(c.name, "disposition")).isEqualTo("1");
            assertThat(bed.cdr.getVariable(c.name, "start")).matches("\\d+\\.\\d{6}");
            assertThat(bed.cdr.getVariable(c.name, "lastapp")).isEqualTo("Answer");
            assertThat(bed.cdr.getVariable("nosuch", "foo")).isNull();
        });
        c.hangup(0);
        CdrRecord r = bed.cdrs().get(0);
        assertThat(r.userField()).isEqualTo("note");
        assertThat(r.formatVariable("foo", false, java.time.ZoneOffset.UTC)).isEqualTo("bar");
        assertThat(r.formatVariable("start", false, java.time.ZoneOffset.UTC)).isEqualTo("2026-11-22 11:44:24");
        assertThat(r.formatVariable("start", true, java.time.ZoneOffset.UTC)).isEqualTo("1795347864.203000");
        assertThat(r.formatVariable("disposition", true, java.time.ZoneOffset.UTC)).isEqualTo("8");

        CallRecordsBed.Chan off = bed.channel("Local/s@default-00000001;2", ChannelState.RING);
        off.answer();
        bed.onCore(() -> assertThat(bed.cdr.setProperty(off.name, CdrFlags.DISABLE_ALL, true)).isTrue());
        off.hangup(0);
        assertThat(bed.cdrs()).hasSize(1);
    }

    @Test
    void resetStartsTheRecordAgain() {
        CallRecordsBed.Chan c = bed.channel("Local/s@default-00000000;2", ChannelState.RING);
        c.answer();
        bed.advance(5000);
        bed.onCore(() -> assertThat(bed.cdr.reset(c.name, false)).isTrue());
        bed.advance(1000);
        c.hangup(0);
        CdrRecord r = bed.cdrs().get(0);
        assertThat(r.start()).isEqualTo(CallRecordsBed.START.plusMillis(5000));
        assertThat(r.duration()).isEqualTo(1);
    }

    @Test
    void aSecondDialAddsARecord() {
        CallRecordsBed.Chan alice = alice(bed, "PJSIP/bob");
        failedDial(bed, alice, "PJSIP/bob-00000002", "NOANSWER");
        alice.exec("Dial", "PJSIP/carol");
        failedDial(bed, alice, "PJSIP/carol-00000003", "BUSY");
        alice.hangup(HangupCause.NORMAL_CLEARING);

        assertThat(bed.cdrs()).extracting(CdrRecord::destinationChannel, CdrRecord::disposition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PJSIP/bob-00000002", Disposition.NOANSWER),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/carol-00000003", Disposition.BUSY));
        assertThat(bed.cdrs()).extracting(CdrRecord::sequence).doesNotHaveDuplicates();
    }

    @Test
    void ignoredDialChangesKeepOneRecordWithTheDialsDisposition() {
        try (CallRecordsBed b = new CallRecordsBed(with("ignoredialchanges", true))) {
            CallRecordsBed.Chan alice = alice(b, "PJSIP/bob");
            failedDial(b, alice, "PJSIP/bob-00000002", "BUSY");
            alice.exec("Hangup", "");
            alice.hangup(HangupCause.NORMAL_CLEARING);
            // one record without a Party B; BUSY is below ANSWERED, so it is not posted (unanswered = no)
            assertThat(b.cdrs()).isEmpty();
        }
        try (CallRecordsBed b = new CallRecordsBed(with("ignoredialchanges", true))) {
            b.onCore(() -> b.cdr.settings(new CdrSettings(true, false, true, false, false, true, false, false, true,
                    100, 300, true, false, false, false)));
            CallRecordsBed.Chan alice = alice(b, "PJSIP/bob");
            failedDial(b, alice, "PJSIP/bob-00000002", "BUSY");
            alice.exec("Hangup", "");
            alice.hangup(HangupCause.NORMAL_CLEARING);
            // a reload cannot turn ignoredialchanges off: still one record, without a Party B, and
            // the Dial application stays its LastApplication (Dial locks it)
            assertThat(b.cdrs()).extracting(CdrRecord::destinationChannel, CdrRecord::disposition,
                    CdrRecord::lastApplication).containsExactly(org.assertj.core.groups.Tuple.tuple("",
                    Disposition.BUSY, "Dial"));
        }
    }

    @Test
    void aThirdPartyJoiningABridgeIsPairedWithTheOlderMembers() {
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.UP);
        a.exec("ConfBridge", "1");
        bed.advance(10);
        CallRecordsBed.Chan b = bed.channel("PJSIP/b-2", ChannelState.UP);
        b.exec("ConfBridge", "1");
        bed.advance(10);
        CallRecordsBed.Chan c = bed.channel("PJSIP/c-3", ChannelState.UP);
        c.exec("ConfBridge", "1");
        bed.enter(bed.bridge("conf", "basic", "softmix", a), a);
        bed.enter(bed.bridge("conf", "basic", "softmix", a, b), b);
        bed.enter(bed.bridge("conf", "basic", "softmix", a, b, c), c);
        bed.advance(1000);
        bed.leave(bed.bridge("conf", "basic", "softmix", b, c), a);
        a.hangup(HangupCause.NORMAL_CLEARING);
        bed.leave(bed.bridge("conf", "basic", "softmix", c), b);
        b.hangup(HangupCause.NORMAL_CLEARING);
        bed.leave(bed.bridge("conf", "basic", "softmix"), c);
        c.hangup(HangupCause.NORMAL_CLEARING);

        // the oldest channel is Party A: a-b, a-c, then b-c; c's own record found no Party B (all
        // members are older) and is posted alone, being answered (cdr.c bridge_candidate_process)
        assertThat(bed.cdrs()).extracting(CdrRecord::channel, CdrRecord::destinationChannel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PJSIP/a-1", "PJSIP/b-2"),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/a-1", "PJSIP/c-3"),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/b-2", "PJSIP/c-3"),
                        org.assertj.core.groups.Tuple.tuple("PJSIP/c-3", ""));
        assertThat(bed.cdrs()).allMatch(r -> r.disposition() == Disposition.ANSWERED);
    }

    @Test
    void holdingBridgesAreLikeApplications() {
        CallRecordsBed.Chan a = bed.channel("PJSIP/a-1", ChannelState.UP);
        a.exec("MusicOnHold", "");
        bed.enter(bed.bridge("hold", "holding", "holding_bridge", a), a);
        bed.leave(bed.bridge("hold", "holding", "holding_bridge"), a);
        a.hangup(HangupCause.NORMAL_CLEARING);
        assertThat(bed.cdrs()).extracting(CdrRecord::lastApplication).containsExactly("MusicOnHold");
    }

    @Test
    void batchModeHoldsRecordsUntilTheBatchIsFull() {
        settings(with("batch", true));
        settings(new CdrSettings(true, false, false, false, true, true, false, false, true, 2, 300, true, false,
                false, false));
        bed.advance(1);
        for (int i = 0; i < 3; i++) {
            CallRecordsBed.Chan c = bed.channel("Local/s@default-0000000" + i + ";2", ChannelState.RING);
            c.answer();
            c.hangup(0);
        }
        // the second record fills the batch, which is posted a millisecond later
        assertThat(bed.cdrs()).isEmpty();
        assertThat(bed.call(bed.cdr::batchSize)).isEqualTo(3);
        bed.advance(1);
        assertThat(bed.cdrs()).hasSize(3);
        Instant next = bed.call(bed.cdr::nextBatch);
        assertThat(next).isEqualTo(bed.clock.now().plusSeconds(300));
    }

    @Test
    void aDisabledEngineFollowsNothing() {
        settings(new CdrSettings(false, false, true, false, false, true, false, false, true, 100, 300, true, false,
                false, false));
        CallRecordsBed.Chan c = bed.channel("Local/s@default-00000000;2", ChannelState.RING);
        c.answer();
        c.hangup(0);
        assertThat(bed.cdrs()).isEmpty();
        assertThat(bed.call(bed.cdr::activeChannels)).isZero();
    }
}
