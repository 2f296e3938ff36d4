package org.switchboard.pbx.bridge;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.FrameReader;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.channel.SoftHangup;
import org.switchboard.pbx.core.Cancellable;
import org.switchboard.pbx.event.DialStatusChanged;

/**
 * A channel's membership of a bridge and its "bridge thread" (bridge_channel.c): it reads the
 * channel's frames (bridge_handle_trip), executes what other members and the core queue for it
 * (its write queue), matches DTMF feature codes, and, once told to leave, pulls itself out and
 * hands the channel back to whoever put it in (ast_bridge_join's caller, or the imparted
 * channel's after-bridge goto).
 *
 * <p>Asterisk runs one thread per member; here each member's work runs in core tasks of its own.
 * A member told to leave by another is woken in a new task ({@link #poke}); a member that leaves
 * because of something it read itself finishes in the same task, and its return to the caller
 * follows in the next one, as the other members' threads run meanwhile.
 */
public final class BridgeChannel {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.bridge");

    /** bridge_channel_state. */
    public enum State { WAIT, END, END_NO_DISSOLVE }

    /** How the channel entered: ast_bridge_join (runs dialplan) or an independent impart. */
    enum Kind { JOIN, IMPART }

    private final Bridges bridges;
    private final Pbx pbx;
    private final SimChannel channel;
    private Bridge bridge;
    private final BridgeFeatures features;
    private final boolean inhibitColp;
    private final Kind kind;
    private final CompletableFuture<Integer> joined = new CompletableFuture<>();
    private final FrameReader reader = this::onFrame;
    private SimChannel swap;
    private State state = State.WAIT;
    private boolean inBridge;
    private boolean justJoined;
    private boolean finished;
    private final ArrayDeque<Runnable> writeQueue = new ArrayDeque<>();
    private boolean writeScheduled;
    private final StringBuilder collected = new StringBuilder();
    private Cancellable digitTimer;
    private FrameReader interceptor;
    private boolean onHold;

    BridgeChannel(Bridges bridges, Bridge bridge, SimChannel channel, SimChannel swap, BridgeFeatures features,
                  boolean inhibitColp, Kind kind) {
        this.bridges = bridges;
        this.pbx = bridges.pbx();
        this.bridge = bridge;
        this.channel = channel;
        this.swap = swap;
        this.features = features;
        this.inhibitColp = inhibitColp;
        this.kind = kind;
    }

    /** The bridge membership of {@code chan}, or null (ast_channel_internal_bridge_channel). */
    public static BridgeChannel of(SimChannel chan) {
        return chan.attachment(BridgeChannel.class);
    }

    /** The bridge {@code chan} is in, or null (ast_channel_get_bridge). */
    public static Bridge bridgeOf(SimChannel chan) {
        BridgeChannel bc = of(chan);
        return bc == null ? null : bc.bridge;
    }

    public SimChannel channel() { return channel; }
    public Bridge bridge() { return bridge; }
    public State state() { return state; }
    BridgeFeatures features() { return features; }
    boolean inBridge() { return inBridge; }
    boolean justJoined() { return justJoined; }
    SimChannel swapChannel() { return swap; }
    void swapChannel(SimChannel s) { swap = s; }
    CompletableFuture<Integer> joined() { return joined; }

    void pushed() {
        inBridge = true;
        justJoined = true;
    }

    void pulled() {
        inBridge = false;
    }

    /** bridge_channel_change_bridge: the channel now holds the new bridge instead of the old one. */
    void changeBridge(Bridge b) {
        Bridge old = bridge;
        b.hold();
        bridge = b;
        channel.setBridgeId(b.uniqueId());
        channel.publishSnapshot();
        old.release();
    }

    /** Whether the bridge thread is idle and nothing is queued for it (local optimization). */
    boolean allowsOptimization() {
        return inBridge && state == State.WAIT && writeQueue.isEmpty() && !finished && interceptor == null
                && collected.length() == 0;
    }

    // ---- entering (bridge_channel_internal_join) ----

    void start() {
        SimChannel localPeer = bridges.localPeer(channel);
        if (localPeer != null && bridge.contains(localPeer)) {
            log.debug("Bridge {}: {} denying Bridge join to prevent Local channel loop", bridge.uniqueId(),
                    channel.name());
            exit(-1);
            return;
        }
        if (of(channel) != null || channel.isHungUp()) {
            log.debug("Bridge {}: {} failed to join Bridge", bridge.uniqueId(), channel.name());
            exit(-1);
            return;
        }
        channel.attach(BridgeChannel.class, this);
        channel.setBridgeId(bridge.uniqueId());
        channel.publishSnapshot();
        bridge.hold();
        int res = 0;
        if (bridge.push(this, false) != 0) {
            int cause = bridge.cause();
            kick(cause);
            features.removeOnPull();
            bridge.dissolveCheck(this);
            res = -1;
        }
        bridge.reconfigured(!inhibitColp);
        if (state == State.WAIT) {
            channel.reader(reader);
            bridges.joined(this);
            return;
        }
        finish(res, true);
    }

    /** bridge_complete_join through the technology (simple_bridge_join takes both members off hold). */
    void completeJoin(boolean twoParty) {
        justJoined = false;
        if (twoParty && onHold) {
            onHold = false;
            channel.indicate(Control.UNHOLD);
        }
    }

    /** Adds the basic bridge personality's hooks (bridge_basic.c add_normal_hooks). */
    void addBasicHooks() {
        FeaturesConfig cfg = bridges.features();
        for (CallFeature f : CallFeature.granted(channel)) {
            switch (f) {
                case REDIRECT:
                    features.dtmfHook(cfg.blindTransfer(), BlindTransferFeature::run, true);
                    features.dtmfHook(cfg.attendedTransfer(), bc -> {
                        log.info("Channel {}: attended transfer by DTMF is not simulated", bc.channel().name());
                        return false;
                    }, true);
                    break;
                case DISCONNECT:
                    features.dtmfHook(cfg.disconnect(), bc -> {
                        bc.leave(State.END, HangupCause.NORMAL_CLEARING);
                        return false;
                    }, true);
                    break;
                default:
                    break;
            }
        }
    }

    // ---- the bridge thread ----

    /** bridge_handle_trip: a frame read from the channel. */
    private void onFrame(SimChannel c, Frame f) {
        if (finished || state != State.WAIT) {
            return;
        }
        if (interceptor != null) {
            interceptor.onFrame(c, f);
        } else {
            handleTrip(f);
        }
        afterOwnWork();
    }

    private void handleTrip(Frame f) {
        if (f.is(Control.HANGUP)) {
            kick(0);
            return;
        }
        switch (f.kind()) {
            case NULL:
                if (channel.checkHangup()) {
                    kick(0);
                }
                return;
            case CONTROL:
                switch (f.control()) {
                    case BUSY: case CONGESTION: case RINGING: case PROGRESS: case PROCEEDING: case ANSWER:
                        pbx.publish(new DialStatusChanged(null, channel.freshSnapshot(), "", f.control().name()));
                        break;
                    default:
                        break;
                }
                bridge.writeToOthers(this, f);
                return;
            case DTMF_BEGIN:
            case DTMF_END:
                Frame left = handleDtmf(f);
                if (left != null && features.passesDtmf()) {
                    bridge.writeToOthers(this, left);
                }
                return;
            default:
                bridge.writeToOthers(this, f);
        }
    }

    /** After the bridge thread handled something: a channel told to leave leaves now. */
    private void afterOwnWork() {
        if (!finished && state != State.WAIT) {
            finish(0, true);
        }
    }

    /** A feature finished work of its own outside a frame (a timer): the channel may leave now. */
    void afterOwnWorkFromFeature() {
        afterOwnWork();
    }

    /** bridge_channel_poke: another party changed the state; the thread wakes up in a task of its own. */
    private void poke() {
        pbx.core().execute(() -> {
            if (!finished && state != State.WAIT) {
                finish(0, false);
            }
        });
    }

    // ---- being told to leave ----

    /** ast_bridge_channel_leave_bridge. */
    public void leave(State newState, int cause) {
        if (state != State.WAIT) {
            return;
        }
        setCause(cause);
        BridgeVariables.set(channel, null, null);
        state = newState;
        poke();
    }

    /** ast_bridge_channel_kick: as if hung up (the basic bridge's hangup hook, then END). */
    public void kick(int cause) {
        if (state == State.WAIT) {
            setCause(cause);
            cause = 0;
        }
        if ("basic".equals(bridge.type())) {
            int others = 0;
            for (BridgeChannel bc : bridge.members()) {
                if (bc != this && bc.state == State.WAIT) {
                    others++;
                }
            }
            if (others >= 2) {
                leave(State.END_NO_DISSOLVE, 0);
            }
        }
        leave(State.END, cause);
    }

    /** channel_set_cause: keep a cause already set, else the given one or normal clearing. */
    private void setCause(int cause) {
        if (channel.hangupCause() > 0) {
            return;
        }
        channel.setHangupCause(cause > 0 ? cause : HangupCause.NORMAL_CLEARING);
    }

    /**
     * The end of bridge_channel_internal_join: the channel is pulled, completes any hold, and its
     * channel no longer points to the bridge; then the one who put it in gets it back.
     */
    private void finish(int res, boolean ownTask) {
        finished = true;
        featureDigit((char) 0);
        cancelDigitTimer();
        bridge.pull(this);
        bridge.reconfigured(true);
        if (onHold) {
            onHold = false;
            channel.indicate(Control.UNHOLD);
        }
        if (channel.reader() == reader) {
            channel.reader(null);
        }
        interceptor = null;
        channel.attach(BridgeChannel.class, null);
        channel.setBridgeId("");
        if (!channel.isHungUp()) {
            channel.publishSnapshot();
        }
        if (ownTask) {
            pbx.core().execute(() -> exit(res));
        } else {
            exit(res);
        }
    }

    /** The caller of join/impart gets the channel back (ast_bridge_join's tail / bridge_channel_ind_thread). */
    private void exit(int res) {
        if (bridge != null && holdsBridge()) {
            bridge.release();
        }
        AfterBridge.runCallback(channel);
        if (kind == Kind.JOIN) {
            if ((channel.softHangupFlags() & SoftHangup.ASYNCGOTO) == 0
                    && AfterBridge.setupGoto(pbx, channel) == 0) {
                channel.softHangupQuietly(SoftHangup.ASYNCGOTO);
            }
            joined.complete(res);
        } else {
            AfterBridge.runGoto(pbx, channel);
        }
    }

    private boolean released;

    private boolean holdsBridge() {
        if (released || !finished) {
            return false;
        }
        released = true;
        return true;
    }

    // ---- the write queue: what the bridge and the core want this member to do ----

    /** ast_bridge_channel_queue_frame: a frame from {@code from} to be written to this channel. */
    void queueFrame(Frame f, SimChannel from) {
        if (f.kind() == Frame.Kind.NULL) {
            return;
        }
        if (f.kind() == Frame.Kind.CONTROL && f.control() == Control.CONNECTED_LINE) {
            // the frame's payload is the sender's connected party as its technology passed it on
            queueConnectedLine(from.caller());
            return;
        }
        queue(() -> write(f));
    }

    /** A connected-line update to be indicated on this channel (bridge_channel_handle_control). */
    void queueConnectedLine(Party party) {
        queue(() -> indicateConnectedLine(party));
    }

    /**
     * A bridge action frame (callbacks, transfers) for this member's thread; a channel hung up
     * meanwhile is kicked afterwards (bridge_channel_handle_action).
     */
    void queueAction(Runnable action) {
        queue(() -> {
            action.run();
            if (channel.checkHangup() && state == State.WAIT && !finished) {
                kick(0);
            }
        });
    }

    private void queue(Runnable item) {
        if (state != State.WAIT || finished) {
            return;
        }
        writeQueue.add(item);
        if (!writeScheduled) {
            writeScheduled = true;
            pbx.core().execute(this::drainWrites);
        }
    }

    /** bridge_channel_handle_write, one item after another while the channel stays. */
    private void drainWrites() {
        writeScheduled = false;
        while (!writeQueue.isEmpty() && !finished && state == State.WAIT) {
            writeQueue.poll().run();
            afterOwnWork();
        }
        if (finished || state != State.WAIT) {
            writeQueue.clear();
        }
    }

    private void write(Frame f) {
        switch (f.kind()) {
            case CONTROL:
                handleControl(f.control());
                break;
            case DTMF_BEGIN:
                channel.writeDtmfBegin(f.digit());
                break;
            case DTMF_END:
                channel.writeDtmfEnd(f.digit(), f.durationMs());
                break;
            case TEXT:
                channel.driver().sendText(channel, f.text());
                break;
            default:
                break;
        }
    }

    /** bridge_channel_handle_control. */
    private void handleControl(Control c) {
        switch (c) {
            case ANSWER:
                if (channel.state() != ChannelState.UP) {
                    channel.answer();
                    bridge.markReconfigured();
                    bridge.reconfigured(false);
                }
                break;
            case HOLD:
                onHold = true;
                channel.indicate(c);
                break;
            case UNHOLD:
                onHold = false;
                channel.indicate(c);
                break;
            default:
                channel.indicate(c);
        }
    }

    /**
     * indicate_connected_line: the channel's connected line becomes the party (NewConnectedLine
     * when it changed) and, unless redundant, its technology is told.
     */
    private void indicateConnectedLine(Party party) {
        Party before = channel.connected();
        ChannelSnapshot snap = channel.snapshot();
        channel.setConnected(party);
        channel.publishSnapshot();
        if (!sameParty(before, party) || snap == null) {
            channel.indicate(Control.CONNECTED_LINE);
        }
    }

    private static boolean sameParty(Party a, Party b) {
        return a.shownNumber().equals(b.shownNumber()) && a.shownName().equals(b.shownName());
    }

    /** ast_bridge_channel_write_hold: Hold on this channel, and HOLD written to the others. */
    void writeHold() {
        pbx.publish(new org.switchboard.pbx.event.HoldChanged(channel.snapshot(), true, ""));
        bridge.writeToOthers(this, Frame.control(Control.HOLD));
    }

    /** ast_bridge_channel_write_unhold. */
    void writeUnhold() {
        pbx.publish(new org.switchboard.pbx.event.HoldChanged(channel.snapshot(), false, ""));
        bridge.writeToOthers(this, Frame.control(Control.UNHOLD));
    }

    // ---- DTMF features (bridge_handle_dtmf, ast_bridge_channel_feature_digit) ----

    private Frame handleDtmf(Frame f) {
        String digit = String.valueOf(f.digit());
        if (collected.length() > 0 || features.match(digit) != null) {
            if (f.kind() == Frame.Kind.DTMF_END) {
                featureDigit(f.digit());
            }
            return null;
        }
        return f;
    }

    /** ast_bridge_channel_feature_digit: {@code 0} means the interdigit timeout expired. */
    void featureDigit(char digit) {
        if (collected.length() == 0 && digit == 0) {
            return;
        }
        if (digit != 0) {
            collected.append(digit);
        }
        while (digit != 0) {
            Map.Entry<String, BridgeFeatures.Hook> hook = features.match(collected.toString());
            if (hook == null) {
                break;
            }
            if (collected.length() != hook.getKey().length()) {
                cancelDigitTimer();
                digitTimer = pbx.core().schedule(Duration.ofMillis(bridges.features().featureDigitTimeoutMs()), () -> {
                    digitTimer = null;
                    if (!finished && state == State.WAIT) {
                        featureDigit((char) 0);
                        afterOwnWork();
                    }
                });
                return;
            }
            cancelDigitTimer();
            collected.setLength(0);
            if (hook.getValue().run(this)) {
                features.remove(hook.getKey());
            }
            if (channel.checkHangup() && state == State.WAIT && interceptor == null) {
                kick(0);
                collected.setLength(0);
                return;
            }
            if (collected.length() == 0) {
                return;
            }
        }
        cancelDigitTimer();
        if (features.passesDtmf() && collected.length() > 0 && state == State.WAIT) {
            // bridge_channel_write_dtmf_stream: the unmatched digits go to the others
            String digits = collected.toString();
            for (char d : digits.toCharArray()) {
                bridge.writeToOthers(this, Frame.dtmfBegin(d));
                bridge.writeToOthers(this, Frame.dtmfEnd(d, 100));
            }
        }
        collected.setLength(0);
    }

    private void cancelDigitTimer() {
        if (digitTimer != null) {
            digitTimer.cancel();
            digitTimer = null;
        }
    }

    /**
     * bridge_channel_suspend for a feature that reads the channel itself (digit collection): the
     * channel's frames go to {@code frames} until {@link #unsuspend()}.
     */
    void suspend(FrameReader frames) {
        interceptor = frames;
    }

    void unsuspend() {
        interceptor = null;
    }

    /** Whether the channel still waits in the bridge (a feature may have ended its stay). */
    boolean waiting() {
        return !finished && state == State.WAIT;
    }

    /** Whether this member was put in with ast_bridge_join (it runs dialplan). */
    boolean joinedFromDialplan() {
        return kind == Kind.JOIN;
    }

    @Override
    public String toString() {
        return channel.name() + "@" + (bridge == null ? "-" : bridge.uniqueId());
    }
}
