package org.switchboard.pbx.cdr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.core.Cancellable;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.event.BridgeEntered;
import org.switchboard.pbx.event.BridgeLeft;
import org.switchboard.pbx.event.CdrRecorded;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.DialStarted;
import org.switchboard.pbx.event.DialStatusChanged;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.text.AsciiCase;

/**
 * The CDR engine (main/cdr.c): follows channel snapshots, dials and bridges on the PBX event bus,
 * keeps a chain of CDRs per channel (one per Party A / Party B pairing, in the states of
 * {@link CdrState}), and when a channel is gone dispatches its chain: each record that qualifies
 * is published as a {@link CdrRecorded} (post_cdr), at once or in batches.
 *
 * <p>Core thread only. With CDR disabled nothing is followed (Asterisk drops its subscriptions).
 * Parking messages and CDR forking are not modelled (nothing publishes them).
 */
public final class CdrEngine implements Consumer<PbxEvent> {
    private static final Logger log = LoggerFactory.getLogger(CdrEngine.class);

    /** A registered backend as {@code cdr show status} lists it. */
    public record Backend(String name, String description, boolean suspended) { }

    private final CoreLoop core;
    private final ZoneId zone;
    private final Consumer<PbxEvent> publisher;
    private volatile CdrSettings settings = CdrSettings.DEFAULTS;
    private boolean configured;
    private boolean dialChangesIgnored;
    private boolean stateChangesIgnored;
    /** active_cdrs_master: the chains by Party A uniqueid. */
    private final Map<String, CdrObject> masters = new LinkedHashMap<>();
    /** active_cdrs_all: every CDR with a Party B, by the Party B's name (ASCII lower case). */
    private final Map<String, List<CdrObject>> byPartyB = new HashMap<>();
    private int sequence;
    private final List<Backend> backends = new ArrayList<>();
    private final List<CdrRecord> batch = new ArrayList<>();
    private Cancellable batchTimer;
    private Instant nextBatch;

    /**
     * @param core      the core loop (clock and batch timer)
     * @param zone      the server's time zone (CDR(start) and friends)
     * @param publisher where records go (the PBX event bus)
     */
    public CdrEngine(CoreLoop core, ZoneId zone, Consumer<PbxEvent> publisher) {
        this.core = core;
        this.zone = zone;
        this.publisher = publisher;
    }

    // ---- configuration ----

    public CdrSettings settings() {
        return settings;
    }

    /** ast_cdr_is_enabled. */
    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Applies cdr.conf (load or reload; cdr.c cdr_toggle_runtime_options). ignoredialchanges and
     * ignorestatechanges count only the first time, as Asterisk reads them at load only.
     */
    public void settings(CdrSettings s) {
        CdrSettings old = settings;
        settings = s;
        if (!configured) {
            configured = true;
            dialChangesIgnored = s.ignoreDialChanges();
            stateChangesIgnored = s.ignoreStateChanges();
        } else if (old.batch() && (!s.enabled() || !s.batch())) {
            stopBatchMode();
        }
        if (!s.enabled()) {
            log.info("CDR logging disabled.");
        } else if (s.batch()) {
            startBatchMode();
            log.info("CDR batch mode logging enabled, first of either size {} or time {} seconds.", s.batchSize(),
                    s.batchTime());
        } else {
            log.info("CDR simple logging enabled.");
        }
    }

    /** ast_cdr_register: a backend; it receives records unless suspended. */
    public void registerBackend(String name, String description) {
        if (backends.stream().noneMatch(b -> AsciiCase.equal(b.name(), name))) {
            backends.add(0, new Backend(name, description, false));
        }
    }

    /** ast_cdr_unregister. */
    public void unregisterBackend(String name) {
        backends.removeIf(b -> AsciiCase.equal(b.name(), name));
    }

    /** ast_cdr_backend_suspend / ast_cdr_backend_unsuspend. */
    public void suspendBackend(String name, boolean suspended) {
        backends.replaceAll(b -> AsciiCase.equal(b.name(), name) ? new Backend(b.name(), b.description(), suspended) : b);
    }

    /** The registered backends, newest first (as be_list is). */
    public List<Backend> backends() {
        return List.copyOf(backends);
    }

    /** How many records wait for the next batch. */
    public int batchSize() {
        return batch.size();
    }

    /** When the next batch is due, or null. */
    public Instant nextBatch() {
        return nextBatch;
    }

    /** How many channels have CDRs. */
    public int activeChannels() {
        return masters.size();
    }

    // ---- messages ----

    @Override
    public void accept(PbxEvent event) {
        if (!settings.enabled()) {
            return;
        }
        Instant now = core.clock().now();
        if (event instanceof ChannelSnapshotChanged e) {
            snapshotChanged(e.previous(), e.current(), now);
        } else if (event instanceof DialStarted e) {
            dialed(e.caller(), e.peer(), null, now);
        } else if (event instanceof DialStatusChanged e) {
            dialed(e.caller(), e.peer(), e.status(), now);
        } else if (stateChangesIgnored) {
            return;
        } else if (event instanceof BridgeEntered e) {
            bridgeEntered(e.bridge(), e.channel(), now);
        } else if (event instanceof BridgeLeft e) {
            bridgeLeft(e.bridge(), e.channel(), now);
        }
    }

    /** handle_channel_snapshot_update_message. */
    private void snapshotChanged(ChannelSnapshot old, ChannelSnapshot now, Instant time) {
        CdrObject cdr;
        if (old == null) {
            cdr = allocate(now, time);
            cdr.root = true;
            masters.put(now.uniqueId(), cdr);
            if (!settings.channelDefaultEnabled()) {
                cdr.flags |= CdrFlags.DISABLE_ALL;
            }
        } else {
            cdr = masters.get(now.uniqueId());
        }
        if (cdr == null) {
            log.warn("No CDR for channel {}", now.name());
        } else {
            boolean allReject = true;
            for (CdrObject it = cdr; it != null; it = it.next) {
                it.lastEvent = time;
                allReject &= it.state.partyA(this, it, now) != 0;
            }
            if (allReject && newCdrNeeded(old, now)) {
                CdrObject added = createAndAppend(cdr, time);
                added.state.partyA(this, added, now);
            }
            if (now.dead()) {
                for (CdrObject it = cdr; it != null; it = it.next) {
                    it.lastEvent = time;
                    finalize(it);
                }
                dispatch(cdr);
                unlinkChain(cdr);
                masters.remove(now.uniqueId());
            }
        }
        for (CdrObject other : partyBIndex(now.name())) {
            if (other.state.handlesPartyB() && other.partyB.sameName(now.name())) {
                other.state.partyB(this, other, now);
            }
        }
        if (now.dead()) {
            for (CdrObject other : partyBIndex(now.name())) {
                // the Party A transitions the record when it is ready
                finalize(other);
            }
        }
    }

    /** check_new_cdr_needed. */
    private boolean newCdrNeeded(ChannelSnapshot old, ChannelSnapshot now) {
        if (inHangupLogic(now)) {
            return false;
        }
        // auto-fallthrough moves the priority without an application
        if (now.application().isEmpty()) {
            return false;
        }
        return old == null || dialplanMoved(old, now);
    }

    /** handle_dial_message: {@code status} null for the dial's begin. */
    private void dialed(ChannelSnapshot caller, ChannelSnapshot peer, String status, Instant time) {
        if (caller == null && peer == null) {
            return;
        }
        ChannelSnapshot leader = caller != null ? caller : peer;
        CdrObject cdr = masters.get(leader.uniqueId());
        if (cdr == null) {
            log.warn("No CDR for channel {}", leader.name());
            return;
        }
        boolean begin = status == null || status.isEmpty();
        boolean unhandled = true;
        for (CdrObject it = cdr; it != null; it = it.next) {
            it.lastEvent = time;
            if (begin) {
                if (!it.state.handlesDialBegin() || dialChangesIgnored) {
                    continue;
                }
                unhandled &= it.state.dialBegin(this, it, caller, peer) != 0;
            } else if (finalDialStatus(status)) {
                if (!it.state.handlesDialEnd()) {
                    continue;
                }
                if (dialChangesIgnored) {
                    it.disposition = dialStatusDisposition(status);
                    continue;
                }
                it.state.dialEnd(this, it, caller, peer, status);
            }
        }
        if (!dialChangesIgnored && unhandled && begin) {
            CdrObject added = createAndAppend(cdr, time);
            added.state.dialBegin(this, added, caller, peer);
        }
    }

    private static boolean finalDialStatus(String status) {
        return !status.equals("RINGING") && !status.equals("PROCEEDING") && !status.equals("PROGRESS");
    }

    /** Holding bridges other than parking are like applications to CDR (filter_bridge_messages). */
    private static boolean ignoredBridge(BridgeSnapshot b) {
        return b.technology().equals("holding_bridge") && !parking(b);
    }

    private static boolean parking(BridgeSnapshot b) {
        return b.type().equals("parking");
    }

    /** The chain a bridge message is about; null when the bridge is ignored or the channel has none. */
    private CdrObject bridgeMessageChain(BridgeSnapshot bridge, ChannelSnapshot channel) {
        if (ignoredBridge(bridge)) {
            return null;
        }
        CdrObject cdr = masters.get(channel.uniqueId());
        if (cdr == null) {
            log.warn("No CDR for channel {}", channel.name());
        }
        return cdr;
    }

    /** handle_bridge_enter_message. */
    private void bridgeEntered(BridgeSnapshot bridge, ChannelSnapshot channel, Instant time) {
        CdrObject cdr = bridgeMessageChain(bridge, channel);
        if (cdr == null) {
            return;
        }
        if (parking(bridge)) {
            parkingBridgeEntered(cdr, bridge, channel, time);
        } else {
            standardBridgeEntered(cdr, bridge, channel, time);
        }
    }

    /** handle_parking_bridge_enter_message. */
    private void parkingBridgeEntered(CdrObject cdr, BridgeSnapshot bridge, ChannelSnapshot channel, Instant time) {
        boolean unhandled = true;
        for (CdrObject it = cdr; it != null; it = it.next) {
            it.lastEvent = time;
            if (it.state.handlesParkingBridgeEnter()) {
                unhandled &= it.state.parkingBridgeEnter(this, it, bridge, channel) != 0;
            }
            it.state.partyA(this, it, channel);
        }
        if (unhandled) {
            CdrObject added = createAndAppend(cdr, time);
            transition(added, CdrState.SINGLE);
            added.state.parkingBridgeEnter(this, added, bridge, channel);
        }
    }

    /** handle_standard_bridge_enter_message. */
    private void standardBridgeEntered(CdrObject cdr, BridgeSnapshot bridge, ChannelSnapshot channel, Instant time) {
        while (true) {
            CdrObject handled = null;
            for (CdrObject it = cdr; it != null; it = it.next) {
                it.lastEvent = time;
                it.state.partyA(this, it, channel);
                if (!it.state.handlesBridgeEnter()) {
                    continue;
                }
                BridgeEnterResult result = it.state.bridgeEnter(this, it, bridge, channel);
                if (result == BridgeEnterResult.NEED_CDR) {
                    continue;
                }
                if (handled == null) {
                    handled = it;
                }
                if (result == BridgeEnterResult.NO_PARTY_B) {
                    // ended until someone who is its Party B comes in (cdr.c finalizes the chain's head here)
                    finalize(cdr);
                }
            }
            if (handled != null) {
                pairWithMembers(handled, bridge);
                return;
            }
            // nobody could take it: a new CDR (in the Single state, which always can), then again
            createAndAppend(cdr, time);
        }
    }

    /** handle_bridge_pairings: new records with everyone in the bridge not paired yet. */
    private void pairWithMembers(CdrObject cdr, BridgeSnapshot bridge) {
        for (String member : bridge.channels()) {
            CdrObject candidate = masters.get(member);
            if (candidate != null) {
                pairWithCandidate(cdr, candidate);
            }
        }
    }

    /** bridge_candidate_process. */
    private void pairWithCandidate(CdrObject cdr, CdrObject baseCandidate) {
        for (CdrObject cand = baseCandidate; cand != null; cand = cand.next) {
            if (!cand.bridge.equals(cdr.bridge)) {
                continue;
            }
            if (cdr.partyA.sameName(cand.partyA) || (cdr.partyB.present() && cdr.partyB.sameName(cand.partyA))) {
                break;
            }
            if (pickPartyA(cdr.partyA, cand.partyA) == cdr.partyA) {
                addPairing(cdr, cand.partyA);
                break;
            }
            // we are their Party B: a new record for them if they already have one
            if (cand.partyB.present() && !cand.partyB.sameName(cdr.partyA)) {
                addPairing(cand, cdr.partyA);
            } else {
                cand.partyB.copyFrom(cdr.partyA);
                relinkPartyB(cand);
                // it may have been ended when it joined without a Party B
                cand.end = null;
            }
            break;
        }
    }

    /** bridge_candidate_add_to_cdr. */
    private void addPairing(CdrObject cdr, CdrParty partyB) {
        CdrObject added = createAndAppend(cdr, cdr.lastEvent);
        added.partyB.copyFrom(partyB);
        relinkPartyB(added);
        CdrState.checkPartyAAnswer(added);
        added.bridge = cdr.bridge;
        transition(added, CdrState.BRIDGED);
    }

    /** handle_bridge_leave_message. */
    private void bridgeLeft(BridgeSnapshot bridge, ChannelSnapshot channel, Instant time) {
        CdrObject cdr = bridgeMessageChain(bridge, channel);
        if (cdr == null) {
            return;
        }
        boolean left = false;
        for (CdrObject it = cdr; it != null; it = it.next) {
            it.lastEvent = time;
            if (it.state.handlesBridgeLeave() && it.state.bridgeLeave(this, it, bridge, channel) == 0) {
                it.bridge = "";
                left = true;
            }
        }
        if (left && !parking(bridge)) {
            for (CdrObject other : partyBIndex(channel.name())) {
                if (other.state == CdrState.BRIDGED && other.bridge.equals(bridge.uniqueId())) {
                    other.lastEvent = time;
                    finalize(other);
                }
            }
        }
    }

    // ---- what the states use ----

    /** The chain of the channel with this uniqueid, or null. */
    CdrObject master(String uniqueId) {
        return masters.get(uniqueId);
    }

    void transition(CdrObject cdr, CdrState state) {
        if (settings.debug()) {
            log.info("{} - Transitioning CDR for {} from state {} to {}", cdr.sequence, cdr.partyAName(), cdr.state,
                    state);
        }
        cdr.state = state;
        state.init(this, cdr);
    }

    /** Hangup logic runs and records end before it (endbeforehexten). */
    boolean inHangupLogic(ChannelSnapshot s) {
        return CdrState.hangupExec(s) && settings.endBeforeHExten();
    }

    /**
     * snapshot_cep_changed: a new application at a new place in the dialplan (not the AppDialX an
     * originated channel gets back when its application ends; nothing during hangup logic).
     */
    boolean dialplanMoved(ChannelSnapshot old, ChannelSnapshot now) {
        if (inHangupLogic(now)) {
            return false;
        }
        return !now.application().equals(old.application())
                && !AsciiCase.startsWith(now.application(), "appdial")
                && !now.sameLocation(old);
    }

    /** cdr_object_finalize: ends the record (once) and settles its disposition. */
    void finalize(CdrObject cdr) {
        if (cdr.end != null) {
            return;
        }
        cdr.end = cdr.lastEvent;
        if (cdr.disposition == Disposition.NULL) {
            if (cdr.answer != null) {
                cdr.disposition = Disposition.ANSWERED;
            } else if (cdr.partyA.snapshot.hangupCause() != 0) {
                setDisposition(cdr, cdr.partyA.snapshot.hangupCause());
            } else if (cdr.partyB.present() && cdr.partyB.snapshot.hangupCause() != 0) {
                setDisposition(cdr, cdr.partyB.snapshot.hangupCause());
            } else {
                cdr.disposition = Disposition.FAILED;
            }
        }
    }

    /** cdr_object_set_disposition: from a hangup cause; other causes leave it as it is. */
    private void setDisposition(CdrObject cdr, int cause) {
        switch (cause) {
            case HangupCause.USER_BUSY:
                cdr.disposition = Disposition.BUSY;
                break;
            case HangupCause.CONGESTION:
                cdr.disposition = settings.congestion() ? Disposition.CONGESTION : Disposition.FAILED;
                break;
            case HangupCause.NO_ROUTE_DESTINATION:
            case HangupCause.SUBSCRIBER_ABSENT: // AST_CAUSE_UNREGISTERED is the same 20
                cdr.disposition = Disposition.FAILED;
                break;
            case HangupCause.NORMAL_CLEARING:
            case HangupCause.NO_ANSWER:
                cdr.disposition = Disposition.NOANSWER;
                break;
            default:
                break;
        }
    }

    /** dial_status_to_disposition. */
    Disposition dialStatusDisposition(String status) {
        switch (status) {
            case "ANSWER": return Disposition.ANSWERED;
            case "BUSY": return Disposition.BUSY;
            case "CANCEL": return settings.cancelDispositionEnabled() ? Disposition.CANCEL : Disposition.NOANSWER;
            case "NOANSWER": return Disposition.NOANSWER;
            case "CONGESTION": return settings.congestion() ? Disposition.CONGESTION : Disposition.FAILED;
            default: return Disposition.FAILED;
        }
    }

    /**
     * single_state_bridge_enter_comparison: takes the candidate's Party A, or else its Party B, as
     * Party B of {@code cdr} when {@code cdr}'s Party A wins against it. True when it did.
     */
    boolean takePartyBFromCandidate(CdrObject cdr, CdrObject cand) {
        if (cdr.partyA.sameName(cand.partyA)) {
            return false;
        }
        if (pickPartyA(cdr.partyA, cand.partyA) == cdr.partyA) {
            cdr.partyB.copyFrom(cand.partyA);
            relinkPartyB(cdr);
            if (!cand.partyB.present()) {
                // taken over: ended, but it can be taken up again later
                finalize(cand);
            }
            return true;
        }
        if (!cand.partyB.present() || cdr.partyA.sameName(cand.partyB)) {
            return false;
        }
        if (pickPartyA(cdr.partyA, cand.partyB) == cdr.partyA) {
            cdr.partyB.copyFrom(cand.partyB);
            relinkPartyB(cdr);
            return true;
        }
        return false;
    }

    /**
     * cdr_object_pick_party_a: a dialed party never wins against one that was not dialed; then the
     * PARTY_A flag; then the older channel (the left one on a tie).
     */
    static CdrParty pickPartyA(CdrParty left, CdrParty right) {
        boolean leftDialed = left.snapshot.dialed();
        boolean rightDialed = right.snapshot.dialed();
        if (leftDialed != rightDialed) {
            return leftDialed ? right : left;
        }
        boolean leftFlag = (left.flags & CdrFlags.PARTY_A) != 0;
        boolean rightFlag = (right.flags & CdrFlags.PARTY_A) != 0;
        if (leftFlag != rightFlag) {
            return leftFlag ? left : right;
        }
        Instant l = left.snapshot.created();
        Instant r = right.snapshot.created();
        if (l.getEpochSecond() != r.getEpochSecond()) {
            return l.getEpochSecond() < r.getEpochSecond() ? left : right;
        }
        return l.getNano() / 1000 > r.getNano() / 1000 ? right : left;
    }

    /** cdr_all_relink: the Party B index follows the Party B's current name. */
    void relinkPartyB(CdrObject cdr) {
        if (cdr.partyB.present()) {
            if (!AsciiCase.equal(cdr.partyBName, cdr.partyB.name())) {
                unlinkPartyB(cdr);
                cdr.partyBName = cdr.partyB.name();
                byPartyB.computeIfAbsent(AsciiCase.lower(cdr.partyBName), k -> new ArrayList<>()).add(cdr);
            }
        } else {
            unlinkPartyB(cdr);
            cdr.partyBName = "";
        }
    }

    private void unlinkPartyB(CdrObject cdr) {
        if (cdr.partyBName.isEmpty()) {
            return;
        }
        String key = AsciiCase.lower(cdr.partyBName);
        List<CdrObject> list = byPartyB.get(key);
        if (list != null) {
            list.removeIf(c -> c == cdr);
            if (list.isEmpty()) {
                byPartyB.remove(key);
            }
        }
    }

    /** cdr_all_unlink. */
    private void unlinkChain(CdrObject root) {
        for (CdrObject c = root; c != null; c = c.next) {
            unlinkPartyB(c);
            c.partyBName = "";
        }
    }

    private List<CdrObject> partyBIndex(String name) {
        List<CdrObject> list = byPartyB.get(AsciiCase.lower(name));
        return list == null ? List.of() : List.copyOf(list);
    }

    /** cdr_object_alloc: a new CDR in the Single state. */
    private CdrObject allocate(ChannelSnapshot chan, Instant time) {
        CdrObject cdr = new CdrObject(chan.uniqueId(), chan.name(), chan.linkedId());
        cdr.sequence = sequence++;
        cdr.lastEvent = time;
        cdr.partyA.snapshot = chan;
        transition(cdr, CdrState.SINGLE);
        return cdr;
    }

    /** cdr_object_create_and_append: a new CDR for the same Party A at the end of the chain. */
    private CdrObject createAndAppend(CdrObject cdr, Instant time) {
        CdrObject last = cdr.last();
        CdrObject added = allocate(last.partyA.snapshot, time);
        added.linkedId = last.linkedId;
        added.appl = last.appl;
        added.data = last.data;
        added.context = last.context;
        added.exten = last.exten;
        if (last.flag(CdrFlags.DISABLE_ALL)) {
            added.flags |= CdrFlags.DISABLE_ALL;
        }
        added.partyA.copyFrom(last.partyA);
        last.next = added;
        return added;
    }

    // ---- dispatch (cdr_object_dispatch, cdr_detach, post_cdr) ----

    private void dispatch(CdrObject root) {
        List<CdrRecord> records = new ArrayList<>();
        for (CdrObject it = root; it != null; it = it.next) {
            // a dialed channel's own record without a Party B is not a call record
            if (it.partyA.snapshot.dialed() && !it.partyB.present()) {
                continue;
            }
            records.add(publicRecord(it));
        }
        for (CdrRecord r : records) {
            if (settings.batch()) {
                batch.add(r);
                if (batch.size() >= settings.batchSize()) {
                    startBatchMode();
                }
            } else {
                post(r);
            }
        }
    }

    /** cdr_object_create_public_records for one CDR. */
    private CdrRecord publicRecord(CdrObject it) {
        ChannelSnapshot a = it.partyA.snapshot;
        ChannelSnapshot b = it.partyB.snapshot;
        String userField = "";
        if (b != null && !it.partyB.userField.isEmpty()) {
            userField = it.partyA.userField + ";" + it.partyB.userField;
        }
        if (userField.isEmpty() && !it.partyA.userField.isEmpty()) {
            userField = it.partyA.userField;
        }
        CdrVariables vars = new CdrVariables();
        vars.copyFrom(it.partyA.variables);
        List<Map.Entry<String, String>> merged = new ArrayList<>(vars.entries());
        for (Map.Entry<String, String> v : it.partyB.variables.entries()) {
            if (merged.stream().noneMatch(m -> AsciiCase.equal(m.getKey(), v.getKey()))) {
                merged.add(v);
            }
        }
        return new CdrRecord(a.accountCode(), a.caller().shownNumber(), it.exten, it.context,
                callerIdMerge(a.caller().shownName(), a.caller().shownNumber()), a.name(), b == null ? "" : b.name(),
                it.appl, it.data, it.start, it.answer, it.end, duration(it), billsec(it), it.disposition,
                a.amaFlags(), a.uniqueId(), it.linkedId, userField, b == null ? "" : b.accountCode(), it.sequence,
                it.flags, merged);
    }

    /** ast_callerid_merge with both parts present, as snapshots always give them. */
    static String callerIdMerge(String name, String number) {
        return "\"" + name + "\" <" + number + ">";
    }

    /** cdr_object_get_duration. */
    private long duration(CdrObject cdr) {
        Instant end = cdr.end == null ? core.clock().now() : cdr.end;
        return CdrRecord.tvdiffMs(end, cdr.start) / 1000;
    }

    /** cdr_object_get_billsec: initiatedseconds rounds half a second up. */
    private long billsec(CdrObject cdr) {
        if (cdr.answer == null) {
            return 0;
        }
        Instant end = cdr.end == null ? core.clock().now() : cdr.end;
        long ms = CdrRecord.tvdiffMs(end, cdr.answer);
        return ms % 1000 >= 500 && settings.initiatedSeconds() ? ms / 1000 + 1 : ms / 1000;
    }

    /** post_cdr: unanswered single-party records only with unanswered=yes; disabled ones never. */
    private void post(CdrRecord r) {
        if (!settings.unanswered() && r.disposition().value() < Disposition.ANSWERED.value()
                && (r.channel().isEmpty() || r.destinationChannel().isEmpty())) {
            return;
        }
        if ((r.flags() & CdrFlags.DISABLE) != 0) {
            return;
        }
        publisher.accept(new CdrRecorded(r));
    }

    // ---- batch mode ----

    /** start_batch_mode: submit as soon as possible, then every {@code time} seconds. */
    private void startBatchMode() {
        if (batchTimer != null) {
            batchTimer.cancel();
        }
        nextBatch = core.clock().now().plusMillis(1);
        batchTimer = core.schedule(Duration.ofMillis(1), this::scheduledBatch);
    }

    private void scheduledBatch() {
        submitBatch();
        if (settings.enabled() && settings.batch()) {
            nextBatch = core.clock().now().plusSeconds(settings.batchTime());
            batchTimer = core.schedule(Duration.ofSeconds(settings.batchTime()), this::scheduledBatch);
        } else {
            batchTimer = null;
            nextBatch = null;
        }
    }

    /** finalize_batch_mode: what waits is posted now. */
    private void stopBatchMode() {
        if (batchTimer != null) {
            batchTimer.cancel();
            batchTimer = null;
        }
        nextBatch = null;
        submitBatch();
    }

    /** cdr_submit_batch ({@code cdr submit}). */
    public void submitBatch() {
        List<CdrRecord> waiting = new ArrayList<>(batch);
        batch.clear();
        waiting.forEach(this::post);
    }

    // ---- the CDR dialplan function and applications (func_cdr.c, app_cdr.c) ----

    /** cdr_object_get_by_name: the chain whose Party A has that name. */
    private CdrObject byName(String channelName) {
        if (channelName == null || channelName.isEmpty()) {
            return null;
        }
        for (CdrObject c : masters.values()) {
            if (c.partyA.sameName(channelName)) {
                return c;
            }
        }
        return null;
    }

    /**
     * ast_cdr_getvar: a property of the channel's latest CDR, raw (times as seconds.microseconds,
     * disposition and AMA flags as numbers), else a CDR variable ("" when unset). Null when the
     * channel has no CDR (logged as Asterisk logs it).
     */
    public String getVariable(String channelName, String name) {
        if (name.isEmpty()) {
            return null;
        }
        CdrObject cdr = byName(channelName);
        if (cdr == null) {
            log.error("Unable to find CDR for channel {}", channelName);
            return null;
        }
        CdrObject last = cdr.last();
        String value = property(last, AsciiCase.lower(name));
        if (value != null) {
            return value;
        }
        String v = last.partyA.variables.get(name);
        return v == null ? "" : v;
    }

    /** cdr_object_format_property. */
    private String property(CdrObject cdr, String name) {
        ChannelSnapshot a = cdr.partyA.snapshot;
        ChannelSnapshot b = cdr.partyB.snapshot;
        switch (name) {
            case "clid": return callerIdMerge(a.caller().shownName(), a.caller().shownNumber());
            case "src": return a.caller().shownNumber();
            case "dst": return a.exten();
            case "dcontext": return a.context();
            case "channel": return a.name();
            case "dstchannel": return b == null ? "" : b.name();
            case "lastapp": return a.application();
            case "lastdata": return a.applicationData();
            case "start": return CdrRecord.rawTime(cdr.start);
            case "answer": return CdrRecord.rawTime(cdr.answer);
            case "end": return CdrRecord.rawTime(cdr.end);
            case "duration": return Long.toString(duration(cdr));
            case "billsec": return Long.toString(billsec(cdr));
            case "disposition": return Integer.toString(cdr.disposition.value());
            case "amaflags": return Integer.toString(a.amaFlags());
            case "accountcode": return a.accountCode();
            case "peeraccount": return b == null ? "" : b.accountCode();
            case "uniqueid": return a.uniqueId();
            case "linkedid": return cdr.linkedId;
            case "tenantid": case "peertenantid": return "";
            case "userfield": return cdr.partyA.userField;
            case "sequence": return Integer.toString(cdr.sequence);
            default: return null;
        }
    }

    /** The CDR properties that cannot be set (cdr.c cdr_readonly_vars). */
    private static final List<String> READ_ONLY = List.of("clid", "src", "dst", "dcontext", "channel", "dstchannel",
            "lastapp", "lastdata", "start", "answer", "end", "duration", "billsec", "disposition", "amaflags",
            "accountcode", "uniqueid", "linkedid", "tenantid", "userfield", "sequence");

    /**
     * ast_cdr_setvar: sets a CDR variable on every active record the channel is Party A or Party B
     * of. False for a read-only name or a channel without CDRs (both logged).
     */
    public boolean setVariable(String channelName, String name, String value) {
        if (READ_ONLY.contains(AsciiCase.lower(name))) {
            log.error("Attempt to set the '{}' read-only variable!", name);
            return false;
        }
        for (CdrObject root : masters.values()) {
            if (!chainMentions(root, channelName)) {
                continue;
            }
            for (CdrObject it = root; it != null; it = it.next) {
                if (it.state == CdrState.FINALIZED && it.next != null) {
                    continue;
                }
                if (it.partyA.sameName(channelName)) {
                    it.partyA.variables.set(name, value);
                } else if (it.partyB.sameName(channelName)) {
                    it.partyB.variables.set(name, value);
                }
            }
        }
        return true;
    }

    /** cdr_object_select_all_by_name_cb: the chain's head has the channel as Party A or Party B. */
    private static boolean chainMentions(CdrObject root, String channelName) {
        return root.partyA.sameName(channelName) || root.partyB.sameName(channelName);
    }

    /** ast_cdr_setuserfield: on the channel's own active records and where it is Party B. */
    public void setUserField(String channelName, String userField) {
        CdrObject cdr = byName(channelName);
        for (CdrObject it = cdr; it != null; it = it.next) {
            if (it.state == CdrState.FINALIZED && it.next != null) {
                continue;
            }
            it.partyA.userField = userField;
        }
        for (CdrObject other : partyBIndex(channelName)) {
            if ((other.state != CdrState.FINALIZED || other.next == null) && other.partyB.sameName(channelName)) {
                other.partyB.userField = userField;
            }
        }
    }

    /**
     * ast_cdr_set_property / ast_cdr_clear_property (CDR_PROP(party_a|disable)): sets or clears a
     * flag on the channel's records that are not finalized (a set marks Party A too); false when
     * the channel has no CDR.
     */
    public boolean setProperty(String channelName, int flag, boolean on) {
        CdrObject cdr = byName(channelName);
        if (cdr == null) {
            return false;
        }
        for (CdrObject it = cdr; it != null; it = it.next) {
            if (it.state == CdrState.FINALIZED) {
                continue;
            }
            if (on) {
                it.flags |= flag;
                it.partyA.flags |= flag;
            } else {
                it.flags &= ~flag;
            }
        }
        return true;
    }

    /**
     * ast_cdr_reset (ResetCDR): every record of the channel starts again now, its variables cleared
     * unless kept; false when the channel has no CDR.
     */
    public boolean reset(String channelName, boolean keepVariables) {
        CdrObject cdr = byName(channelName);
        if (cdr == null) {
            return false;
        }
        Instant now = core.clock().now();
        for (CdrObject it = cdr; it != null; it = it.next) {
            if (!keepVariables) {
                it.partyA.variables.clear();
                if (cdr.partyB.present()) {
                    it.partyB.variables.clear();
                }
            }
            it.end = null;
            it.answer = null;
            it.start = now;
            it.lastEvent = now;
            CdrState.checkPartyAAnswer(it);
        }
        return true;
    }

    /** For {@code cdr show active}-like views and tests: each chain, Party A then Party B names. */
    public List<String> describeActive() {
        List<String> out = new ArrayList<>();
        for (CdrObject root : masters.values()) {
            for (CdrObject it = root; it != null; it = it.next) {
                out.add(it.partyAName() + " -> " + (it.partyB.present() ? it.partyB.name() : "<unknown>") + " ["
                        + it.state + "]");
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The server's time zone, for formatting times read through CDR(). */
    public ZoneId zone() {
        return zone;
    }
}
