package org.switchboard.pbx.cdr;

import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.text.AsciiCase;

/**
 * The states of a CDR (cdr.c: the Single, Dial, DialedPending, Bridged, Parked and Finalized
 * function tables). A state either handles a kind of message or does not have a handler for it
 * ({@code handles...} false), which is not the same as handling it by doing nothing: the engine
 * skips CDRs without a handler. The int results are cdr.c's: 0 handled, 1 not handled by this CDR.
 */
abstract class CdrState {
    static final CdrState SINGLE = new Single();
    static final CdrState DIAL = new Dial();
    static final CdrState DIALED_PENDING = new DialedPending();
    static final CdrState BRIDGED = new Bridged();
    static final CdrState PARKED = new Parked();
    static final CdrState FINALIZED = new Finalized();

    private final String name;

    private CdrState(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }

    void init(CdrEngine e, CdrObject cdr) { }

    /** Every state handles Party A updates; 1 asks for a new CDR. */
    abstract int partyA(CdrEngine e, CdrObject cdr, ChannelSnapshot s);

    boolean handlesPartyB() { return false; }
    void partyB(CdrEngine e, CdrObject cdr, ChannelSnapshot s) { }

    boolean handlesDialBegin() { return false; }
    int dialBegin(CdrEngine e, CdrObject cdr, ChannelSnapshot caller, ChannelSnapshot peer) { return 1; }

    boolean handlesDialEnd() { return false; }
    int dialEnd(CdrEngine e, CdrObject cdr, ChannelSnapshot caller, ChannelSnapshot peer, String status) { return 1; }

    boolean handlesBridgeEnter() { return false; }
    BridgeEnterResult bridgeEnter(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
        return BridgeEnterResult.NEED_CDR;
    }

    boolean handlesParkingBridgeEnter() { return false; }
    int parkingBridgeEnter(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) { return 1; }

    boolean handlesBridgeLeave() { return false; }
    int bridgeLeave(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) { return 0; }

    // ---- the shared ("base") behaviour ----

    /** base_process_party_a. */
    static int basePartyA(CdrEngine e, CdrObject cdr, ChannelSnapshot s) {
        if (e.inHangupLogic(s)) {
            e.finalize(cdr);
            return 0;
        }
        // the location only outside subroutines, or in hangup logic
        if (!s.inSubroutine() || hangupExec(s)) {
            cdr.context = s.context();
            cdr.exten = s.exten();
        }
        cdr.partyA.swap(s);
        // an application exiting restores the originate's AppDialX: that never overwrites a real one
        String appl = s.application();
        if (!cdr.flag(CdrFlags.LOCK_APP) && !appl.isEmpty()
                && (!AsciiCase.startsWith(appl, "appdial") || cdr.appl.isEmpty())) {
            cdr.appl = appl;
            cdr.data = s.applicationData();
            // Dial is kept: what pre-dial handlers run later is not what people want to see
            if (appl.equals("Dial")) {
                cdr.flags |= CdrFlags.LOCK_APP;
            }
        }
        cdr.linkedId = s.linkedId();
        checkPartyAAnswer(cdr);
        checkPartyAHangup(e, cdr);
        return 0;
    }

    /** cdr_object_check_party_a_answer: the first Up snapshot is the answer time. */
    static void checkPartyAAnswer(CdrObject cdr) {
        if (cdr.partyA.snapshot.state() == ChannelState.UP && cdr.answer == null) {
            cdr.answer = cdr.lastEvent;
        }
    }

    /** cdr_object_check_party_a_hangup. */
    static void checkPartyAHangup(CdrEngine e, CdrObject cdr) {
        if (e.inHangupLogic(cdr.partyA.snapshot)) {
            e.finalize(cdr);
        }
        if (cdr.partyA.snapshot.dead() && cdr.state != FINALIZED) {
            e.transition(cdr, FINALIZED);
        }
    }

    /** The Dial and Bridged states: a dead Party B ends the CDR. */
    static void swapPartyB(CdrEngine e, CdrObject cdr, ChannelSnapshot s) {
        cdr.partyB.swap(s);
        if (s.dead()) {
            e.transition(cdr, FINALIZED);
        }
    }

    // ---- the states ----

    /** A state whose Party A updates are the base ones. */
    private abstract static class Active extends CdrState {
        Active(String name) { super(name); }

        @Override
        int partyA(CdrEngine e, CdrObject cdr, ChannelSnapshot s) {
            return basePartyA(e, cdr, s);
        }
    }

    /** A state that follows its Party B too, and ends when the Party B is gone. */
    private abstract static class Paired extends Active {
        Paired(String name) { super(name); }

        @Override
        boolean handlesPartyB() { return true; }

        @Override
        void partyB(CdrEngine e, CdrObject cdr, ChannelSnapshot s) {
            swapPartyB(e, cdr, s);
        }
    }

    /** A channel with no Party B of its own. */
    private static final class Single extends Active {
        Single() { super("Single"); }

        @Override
        void init(CdrEngine e, CdrObject cdr) {
            cdr.start = cdr.lastEvent;
            checkPartyAAnswer(cdr);
        }

        /** Never called in practice: a Single CDR that gets a Party B becomes Bridged at once. */
        @Override
        boolean handlesPartyB() { return true; }

        @Override
        boolean handlesDialBegin() { return true; }

        @Override
        int dialBegin(CdrEngine e, CdrObject cdr, ChannelSnapshot caller, ChannelSnapshot peer) {
            if (caller != null && cdr.partyA.sameName(caller.name())) {
                basePartyA(e, cdr, caller);
                cdr.partyB.swap(peer);
                e.relinkPartyB(cdr);
                // the application that paired the parties is kept (no mid-call gosub changes it)
                cdr.flags |= CdrFlags.LOCK_APP;
            } else if (cdr.partyA.sameName(peer.name())) {
                // the channel being dialed: an outbound origination
                basePartyA(e, cdr, peer);
            }
            e.transition(cdr, DIAL);
            return 0;
        }

        @Override
        boolean handlesDialEnd() { return true; }

        @Override
        int dialEnd(CdrEngine e, CdrObject cdr, ChannelSnapshot caller, ChannelSnapshot peer, String status) {
            return 0;
        }

        @Override
        boolean handlesBridgeEnter() { return true; }

        @Override
        BridgeEnterResult bridgeEnter(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
            cdr.bridge = b.uniqueId();
            if (b.numChannels() == 1) {
                e.transition(cdr, BRIDGED);
                return BridgeEnterResult.ONLY_PARTY;
            }
            boolean success = false;
            for (String member : b.channels()) {
                CdrObject master = e.master(member);
                for (CdrObject cand = master; cand != null && !success; cand = cand.next) {
                    if (cand.state != BRIDGED || !cdr.bridge.equals(cand.bridge)) {
                        continue;
                    }
                    success = e.takePartyBFromCandidate(cdr, cand);
                }
                if (success) {
                    break;
                }
            }
            e.transition(cdr, BRIDGED);
            return success ? BridgeEnterResult.OBTAINED_PARTY_B : BridgeEnterResult.NO_PARTY_B;
        }

        @Override
        boolean handlesParkingBridgeEnter() { return true; }

        @Override
        int parkingBridgeEnter(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
            e.transition(cdr, PARKED);
            return 0;
        }

        @Override
        boolean handlesBridgeLeave() { return true; }
    }

    /** Party A dials Party B, or Party A is being originated (no Party B). */
    private static final class Dial extends Paired {
        Dial() { super("Dial"); }

        /** A second dial gets a CDR of its own. */
        @Override
        boolean handlesDialBegin() { return true; }

        @Override
        boolean handlesDialEnd() { return true; }

        @Override
        int dialEnd(CdrEngine e, CdrObject cdr, ChannelSnapshot caller, ChannelSnapshot peer, String status) {
            cdr.partyA.swap(caller != null ? caller : peer);
            if (cdr.partyB.present()) {
                if (!cdr.partyB.sameName(peer.name())) {
                    return 1;   // another leg's status
                }
                cdr.partyB.swap(peer);
            }
            cdr.disposition = e.dialStatusDisposition(status);
            // answered: wait and see whether the parties bridge or Party A goes on in the dialplan
            e.transition(cdr, cdr.disposition == Disposition.ANSWERED ? DIALED_PENDING : FINALIZED);
            return 0;
        }

        @Override
        boolean handlesBridgeEnter() { return true; }

        @Override
        BridgeEnterResult bridgeEnter(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
            cdr.bridge = b.uniqueId();
            if (b.numChannels() == 1) {
                e.transition(cdr, BRIDGED);
                return BridgeEnterResult.ONLY_PARTY;
            }
            boolean success = false;
            if (cdr.partyB.present()) {
                for (String member : b.channels()) {
                    for (CdrObject cand = e.master(member); cand != null; cand = cand.next) {
                        if (cand.state != BRIDGED || !cdr.bridge.equals(cand.bridge)
                                || !cdr.partyB.sameName(cand.partyA)) {
                            continue;
                        }
                        cdr.partyB.copyFrom(cand.partyA);
                        // a candidate with a Party B of its own is active elsewhere; else it was taken over
                        if (!cand.partyB.present()) {
                            e.finalize(cand);
                        }
                        success = true;
                        break;
                    }
                    if (success) {
                        break;
                    }
                }
            }
            e.transition(cdr, BRIDGED);
            return success ? BridgeEnterResult.OBTAINED_PARTY_B : BridgeEnterResult.NO_PARTY_B;
        }

        @Override
        boolean handlesBridgeLeave() { return true; }
    }

    /** The dial was answered; what Party A does next decides. */
    private static final class DialedPending extends CdrState {
        DialedPending() { super("DialedPending"); }

        @Override
        int partyA(CdrEngine e, CdrObject cdr, ChannelSnapshot s) {
            if (e.dialplanMoved(cdr.partyA.snapshot, s)) {
                if (cdr.partyB.present()) {
                    e.transition(cdr, FINALIZED);
                    cdr.state.partyA(e, cdr, s);
                    return 1;
                }
                // not re-initialized: the start time stays what it was
                cdr.state = SINGLE;
                cdr.state.partyA(e, cdr, s);
                return 0;
            }
            basePartyA(e, cdr, s);
            return 0;
        }

        @Override
        boolean handlesDialBegin() { return true; }

        @Override
        int dialBegin(CdrEngine e, CdrObject cdr, ChannelSnapshot caller, ChannelSnapshot peer) {
            e.transition(cdr, FINALIZED);
            return 1;
        }

        @Override
        boolean handlesBridgeEnter() { return true; }

        @Override
        BridgeEnterResult bridgeEnter(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
            e.transition(cdr, DIAL);
            return cdr.state.bridgeEnter(e, cdr, b, s);
        }

        @Override
        boolean handlesParkingBridgeEnter() { return true; }

        @Override
        int parkingBridgeEnter(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
            if (cdr.partyB.present()) {
                return 1;
            }
            e.transition(cdr, PARKED);
            return 0;
        }

        @Override
        boolean handlesBridgeLeave() { return true; }
    }

    /** In a bridge. */
    private static final class Bridged extends Paired {
        Bridged() { super("Bridged"); }

        @Override
        boolean handlesBridgeLeave() { return true; }

        @Override
        int bridgeLeave(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
            if (!cdr.bridge.equals(b.uniqueId())) {
                return 1;
            }
            if (!cdr.partyA.sameName(s.name()) && cdr.partyB.present() && !cdr.partyB.sameName(s.name())) {
                return 1;
            }
            e.transition(cdr, FINALIZED);
            return 0;
        }
    }

    /** In a parking bridge: like an application, but leaving it needs a new CDR. */
    private static final class Parked extends Active {
        Parked() { super("Parked"); }

        @Override
        boolean handlesBridgeLeave() { return true; }

        @Override
        int bridgeLeave(CdrEngine e, CdrObject cdr, BridgeSnapshot b, ChannelSnapshot s) {
            if (!cdr.partyA.sameName(s.name())) {
                return 1;
            }
            e.transition(cdr, FINALIZED);
            return 0;
        }
    }

    /** Done: nothing changes it any more. */
    private static final class Finalized extends CdrState {
        Finalized() { super("Finalized"); }

        @Override
        void init(CdrEngine e, CdrObject cdr) {
            e.finalize(cdr);
        }

        @Override
        int partyA(CdrEngine e, CdrObject cdr, ChannelSnapshot s) {
            return e.inHangupLogic(s) ? 0 : 1;
        }

        @Override
        boolean handlesBridgeEnter() { return true; }
    }

    /** The soft hangup flag of hangup logic (h extension, hangup handlers). */
    static boolean hangupExec(ChannelSnapshot s) {
        return (s.softHangupFlags() & SoftHangup.HANGUP_EXEC) != 0;
    }
}
