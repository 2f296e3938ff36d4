package org.switchboard.pbx.bridge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.HangupCause;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.event.BridgeCreated;
import org.switchboard.pbx.event.BridgeDestroyed;
import org.switchboard.pbx.event.BridgeEntered;
import org.switchboard.pbx.event.BridgeLeft;
import org.switchboard.pbx.log.Verbose;

/**
 * One bridge (bridge.c with bridge_basic.c's "basic" class): its members in the order they
 * entered, its flags, and the life cycle Asterisk gives it — created (BridgeCreate), channels
 * pushed (BridgeEnter) and pulled (BridgeLeave), dissolved when a member hangs up or the last one
 * leaves, unlinked by the bridge manager, and destroyed (BridgeDestroy) once no member still holds
 * it. Core thread only.
 *
 * <p>Each member is a {@link BridgeChannel}: the channel's "bridge thread", driven by the frames
 * the channel reads and by what other members write to it.
 */
public final class Bridge {
    private static final Logger log = LoggerFactory.getLogger("org.switchboard.pbx.bridge");

    private final Bridges bridges;
    private final Pbx pbx;
    private final String uniqueId;
    private final String type;
    private final String creator;
    private final String name;
    private final EnumSet<BridgeFlag> flags;
    private String technology;
    private final List<BridgeChannel> members = new ArrayList<>();
    private boolean dissolved;
    private boolean unlinked;
    private boolean destroyed;
    private boolean reconfigured;
    private int cause;
    /** Bridge channels still holding the bridge (their thread has not finished). */
    private int holders;
    private int inhibitMerge;

    Bridge(Bridges bridges, String uniqueId, String type, String technology, Set<BridgeFlag> flags, String creator,
           String name) {
        this.bridges = bridges;
        this.pbx = bridges.pbx();
        this.uniqueId = uniqueId;
        this.type = type;
        this.technology = technology;
        this.flags = flags.isEmpty() ? EnumSet.noneOf(BridgeFlag.class) : EnumSet.copyOf(flags);
        this.creator = creator == null ? "" : creator;
        this.name = this.creator.isEmpty() || name == null ? "" : name;
    }

    Bridges bridges() {
        return bridges;
    }

    /** bridge_register: the first snapshot (BridgeCreate). */
    void register() {
        pbx.publish(new BridgeCreated(snapshot()));
    }

    // ---- what the world sees ----

    public String uniqueId() { return uniqueId; }

    /** The bridge class: {@code basic}. */
    public String type() { return type; }

    public String technology() { return technology; }

    public boolean dissolved() { return dissolved; }

    public boolean has(BridgeFlag flag) { return flags.contains(flag); }

    /** ast_bridge_set_flags / ast_bridge_basic_set_flags. */
    public void setFlag(BridgeFlag flag) { flags.add(flag); }

    /** The members' channels, in the order they entered. */
    public List<SimChannel> channels() {
        List<SimChannel> out = new ArrayList<>(members.size());
        for (BridgeChannel bc : members) {
            out.add(bc.channel());
        }
        return Collections.unmodifiableList(out);
    }

    List<BridgeChannel> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    /** ast_bridge_snapshot_create. */
    public BridgeSnapshot snapshot() {
        List<String> ids = new ArrayList<>(members.size());
        for (BridgeChannel bc : members) {
            ids.add(bc.channel().uniqueId());
        }
        return new BridgeSnapshot(uniqueId, type, technology, creator, name, ids, "none");
    }

    /** ast_bridge_peer: the other channel of a two-party bridge, else null. */
    public SimChannel peer(SimChannel chan) {
        if (members.size() != 2) {
            return null;
        }
        for (BridgeChannel bc : members) {
            if (bc.channel() != chan) {
                return bc.channel();
            }
        }
        return null;
    }

    // ---- entering ----

    /**
     * ast_bridge_join: {@code chan} (which runs dialplan) becomes a member. The stage completes —
     * in a later core task — when it has left, with 0, or -1 when it could not join; by then a
     * dialplan location set with {@link AfterBridge} has been claimed as an async goto.
     */
    public CompletableFuture<Integer> join(SimChannel chan, SimChannel swap, BridgeFeatures features,
                                           boolean inhibitColp) {
        BridgeChannel bc = new BridgeChannel(bridges, this, chan, swap, features, inhibitColp, BridgeChannel.Kind.JOIN);
        bc.start();
        return bc.joined();
    }

    /**
     * ast_bridge_impart with AST_BRIDGE_IMPART_CHAN_INDEPENDENT: {@code chan} (which runs no
     * dialplan) becomes a member; when it leaves it goes to its after-bridge location or is hung
     * up. Returns -1 when it cannot be imparted (it runs dialplan).
     */
    public int impart(SimChannel chan, SimChannel swap, BridgeFeatures features, boolean inhibitColp) {
        if (org.switchboard.pbx.exec.PbxRun.of(chan) != null) {
            log.warn("Channel {} has a PBX thread and cannot be imparted into bridge {}", chan.name(), uniqueId);
            return -1;
        }
        BridgeChannel bc = new BridgeChannel(bridges, this, chan, swap,
                features == null ? BridgeFeatures.create() : features, inhibitColp, BridgeChannel.Kind.IMPART);
        bc.start();
        return 0;
    }

    /** bridge_channel_internal_push_full. */
    int push(BridgeChannel bc, boolean optimized) {
        BridgeChannel swap = find(bc.swapChannel());
        bc.swapChannel(null);
        if (dissolved || bc.state() != BridgeChannel.State.WAIT
                || (swap != null && swap.state() != BridgeChannel.State.WAIT)) {
            return -1;
        }
        // bridge_basic_push: the personality's hooks, then linkedids and account codes
        bc.addBasicHooks();
        bridges.linkedIds().update(this, bc, swap);
        AccountCodes.joining(this, bc, swap);
        if (swap != null) {
            boolean dissolveEmpty = flags.remove(BridgeFlag.DISSOLVE_EMPTY);
            swap.leave(BridgeChannel.State.END_NO_DISSOLVE, 0);
            pull(swap);
            if (dissolveEmpty) {
                flags.add(BridgeFlag.DISSOLVE_EMPTY);
            }
        }
        bc.pushed();
        members.add(bc);
        if (swap == null) {
            Verbose.log(log, 3, "Channel " + bc.channel().name() + " joined '" + technology + "' " + type
                    + "-bridge <" + uniqueId + ">");
        } else {
            Verbose.log(log, 3, "Channel " + bc.channel().name() + " swapped with " + swap.channel().name()
                    + " into '" + technology + "' " + type + "-bridge <" + uniqueId + ">");
        }
        pbx.publish(new BridgeEntered(snapshot(), bc.channel().snapshot(),
                swap == null ? null : swap.channel().uniqueId()));
        // the transfer that brought the channel here is over
        bc.channel().set("BLINDTRANSFER", null);
        bc.channel().set("ATTENDEDTRANSFER", null);
        bc.channel().set("FORWARDERNAME", null);
        reconfigured = true;
        return 0;
    }

    // ---- leaving ----

    /** bridge_channel_internal_pull. */
    void pull(BridgeChannel bc) {
        if (!bc.inBridge()) {
            return;
        }
        bc.pulled();
        Verbose.log(log, 3, "Channel " + bc.channel().name() + " left '" + technology + "' " + type + "-bridge <"
                + uniqueId + ">");
        members.remove(bc);
        dissolveCheck(bc);
        AccountCodes.leaving(this);
        bc.features().removeOnPull();
        SimChannel chan = bc.channel();
        if (chan.outgoing() && (leavingBridge(chan) || bc.state() == BridgeChannel.State.WAIT)) {
            chan.clearOutgoing();
        }
        reconfigured = true;
        pbx.publish(new BridgeLeft(snapshot(), chan.snapshot()));
    }

    /** ast_channel_is_leaving_bridge: only an async goto is pending. */
    private static boolean leavingBridge(SimChannel chan) {
        int f = chan.softHangupFlags();
        return f != 0 && f == org.switchboard.pbx.channel.SoftHangup.ASYNCGOTO;
    }

    /** bridge_channel_dissolve_check. */
    void dissolveCheck(BridgeChannel bc) {
        if (dissolved) {
            return;
        }
        if (members.isEmpty() && flags.contains(BridgeFlag.DISSOLVE_EMPTY)) {
            dissolve(bc.channel().hangupCause());
            return;
        }
        if (bc.state() == BridgeChannel.State.END
                && (flags.contains(BridgeFlag.DISSOLVE_HANGUP) || bc.features().dissolvesOnHangup())) {
            dissolve(bc.channel().hangupCause());
        }
    }

    /**
     * bridge_dissolve: every member is told to leave (without dissolving again), and the bridge
     * manager unlinks the bridge later.
     */
    void dissolve(int why) {
        if (dissolved) {
            return;
        }
        dissolved = true;
        cause = why <= 0 ? HangupCause.NORMAL_CLEARING : why;
        for (BridgeChannel bc : new ArrayList<>(members)) {
            bc.leave(BridgeChannel.State.END_NO_DISSOLVE, cause);
        }
        pbx.core().execute(this::unlink);
    }

    /** bridge_base_dissolving, run by the bridge manager: the bridge is no longer listed. */
    private void unlink() {
        unlinked = true;
        bridges.unlink(this);
        maybeDestroy();
    }

    int cause() {
        return cause;
    }

    void hold() {
        holders++;
    }

    /** A bridge channel gave its reference up; the last one goes with the bridge's destruction. */
    void release() {
        holders--;
        maybeDestroy();
    }

    /** destroy_bridge: BridgeDestroy with the last snapshot. */
    private void maybeDestroy() {
        if (destroyed || !unlinked || holders > 0) {
            return;
        }
        destroyed = true;
        pbx.publish(new BridgeDestroyed(snapshot()));
    }

    /** ast_bridge_destroy: dissolve with {@code why} (0: normal clearing). */
    public void destroy(int why) {
        dissolve(why);
    }

    /** ast_bridge_kick: the channel is told to leave as if hung up, in its own bridge thread. */
    public int kick(SimChannel chan) {
        BridgeChannel bc = find(chan);
        if (bc == null) {
            return -1;
        }
        bc.queueAction(() -> bc.kick(HangupCause.NORMAL_CLEARING));
        return 0;
    }

    /** ast_bridge_remove: the channel leaves without dissolving the bridge. */
    public int remove(SimChannel chan) {
        BridgeChannel bc = find(chan);
        if (bc == null) {
            return -1;
        }
        bc.leave(BridgeChannel.State.END_NO_DISSOLVE, HangupCause.NORMAL_CLEARING);
        return 0;
    }

    // ---- configuration after changes ----

    /** bridge_reconfigured. */
    void reconfigured(boolean colpUpdate) {
        if (!reconfigured) {
            return;
        }
        reconfigured = false;
        if (flags.contains(BridgeFlag.SMART) && !dissolved) {
            smartOperation();
        }
        completeJoin();
        if (dissolved) {
            return;
        }
        for (BridgeChannel bc : members) {
            playSound(bc.channel());
        }
        BridgeVariables.update(members);
        if (colpUpdate) {
            connectedLineUpdate();
        }
    }

    void markReconfigured() {
        reconfigured = true;
    }

    /** smart_bridge_operation: simple_bridge for up to two channels, softmix beyond. */
    private void smartOperation() {
        String wanted = members.size() > 2 ? BridgeTechnology.SOFTMIX : BridgeTechnology.SIMPLE;
        if (!wanted.equals(technology) && bridges.technology(wanted) != null) {
            log.debug("Bridge {}: switching from {} technology to {}", uniqueId, technology, wanted);
            technology = wanted;
        }
    }

    /** bridge_complete_join: the technology takes the new members (simple_bridge_join unholds). */
    private void completeJoin() {
        if (dissolved) {
            return;
        }
        for (BridgeChannel bc : members) {
            if (bc.justJoined()) {
                bc.completeJoin(members.size() == 2);
            }
        }
    }

    /** check_bridge_play_sound: BRIDGE_PLAY_SOUND is consumed (the sound itself is not simulated). */
    private static void playSound(SimChannel chan) {
        String file = chan.get("BRIDGE_PLAY_SOUND");
        if (file != null && !file.isEmpty()) {
            chan.set("BRIDGE_PLAY_SOUND", null);
        }
    }

    /**
     * bridge_reconfigured_connected_line_update: in a two-party bridge each side is sent the
     * other's caller id as its connected line.
     */
    private void connectedLineUpdate() {
        if (members.size() != 2) {
            return;
        }
        BridgeChannel a = members.get(0);
        BridgeChannel b = members.get(1);
        if (a.channel().checkHangup() || b.channel().checkHangup()) {
            return;
        }
        b.queueConnectedLine(a.channel().caller());
        a.queueConnectedLine(b.channel().caller());
    }

    // ---- frames between members ----

    /** simple_bridge_write / softmix: a frame read from {@code from} goes to every other member. */
    void writeToOthers(BridgeChannel from, org.switchboard.pbx.channel.Frame frame) {
        for (BridgeChannel bc : new ArrayList<>(members)) {
            if (bc != from) {
                bc.queueFrame(frame, from.channel());
            }
        }
    }

    // ---- merging and moving ----

    public void inhibitMerge(int request) {
        inhibitMerge += request;
    }

    /** bridge_allows_optimization. */
    boolean allowsOptimization() {
        return inhibitMerge == 0 && !dissolved && !flags.contains(BridgeFlag.MASQUERADE_ONLY);
    }

    /**
     * bridge_do_move: {@code bc} leaves its bridge and is pushed into this one (replacing its swap
     * channel, if set). Returns 0, or -1 when it could not be pushed.
     */
    int moveIn(BridgeChannel bc, boolean attemptRecovery, boolean optimized) {
        Bridge orig = bc.bridge();
        boolean wasInBridge = bc.inBridge();
        orig.pull(bc);
        if (bc.state() != BridgeChannel.State.WAIT) {
            bc.swapChannel(null);
            orig.reconfigured(false);
            return -1;
        }
        bc.changeBridge(this);
        int res = 0;
        if (push(bc, optimized) != 0) {
            bc.features().removeOnPull();
            if (attemptRecovery && wasInBridge) {
                bc.changeBridge(orig);
                if (orig.push(bc, false) != 0) {
                    bc.features().removeOnPull();
                    bc.leave(BridgeChannel.State.END_NO_DISSOLVE, bc.bridge().cause());
                }
            } else {
                bc.leave(BridgeChannel.State.END_NO_DISSOLVE, cause);
            }
            res = -1;
        }
        reconfigured(!optimized);
        orig.reconfigured(!optimized);
        return res;
    }

    /** ast_bridge_move with the checks of bridge_move_locked. */
    public int move(Bridge src, SimChannel chan, SimChannel swap, boolean attemptRecovery) {
        if (dissolved || src.dissolved || flags.contains(BridgeFlag.MASQUERADE_ONLY)
                || src.flags.contains(BridgeFlag.MASQUERADE_ONLY) || inhibitMerge > 0 || src.inhibitMerge > 0) {
            return -1;
        }
        BridgeChannel bc = src.find(chan);
        if (bc == null || bc.state() != BridgeChannel.State.WAIT) {
            return -1;
        }
        if (swap != null) {
            BridgeChannel s = find(swap);
            if (s == null || s.state() != BridgeChannel.State.WAIT) {
                return -1;
            }
        }
        bc.swapChannel(swap);
        return moveIn(bc, attemptRecovery, false);
    }

    /** bridge_dissolve_check_stolen: a channel taken out of this bridge may leave it dead. */
    void dissolveCheckStolen(BridgeChannel stolen) {
        if (dissolved) {
            return;
        }
        if (stolen.features().dissolvesOnHangup()
                || (members.size() < 2 && flags.contains(BridgeFlag.DISSOLVE_HANGUP))) {
            dissolve(0);
        }
    }

    BridgeChannel find(SimChannel chan) {
        if (chan == null) {
            return null;
        }
        for (BridgeChannel bc : members) {
            if (bc.channel() == chan) {
                return bc;
            }
        }
        return null;
    }

    /** Whether {@code chan} is a member. */
    public boolean contains(SimChannel chan) {
        return find(chan) != null;
    }

    @Override
    public String toString() {
        return uniqueId;
    }
}
