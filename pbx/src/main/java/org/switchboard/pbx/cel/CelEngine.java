package org.switchboard.pbx.cel;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.event.BlindTransferred;
import org.switchboard.pbx.event.BridgeEntered;
import org.switchboard.pbx.event.BridgeLeft;
import org.switchboard.pbx.event.CelRecorded;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.DialStatusChanged;
import org.switchboard.pbx.event.LocalOptimizationFinished;
import org.switchboard.pbx.event.LocalOptimizationStarted;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.time.Clock;

/**
 * The Channel Event Logging engine (main/cel.c): follows channel snapshots, dials and bridges on the
 * PBX event bus and publishes a {@link CelRecorded} for every tracked event, synchronously, in the
 * order the causes happened. It keeps what cel.c keeps: a reference count per linkedid (for
 * LINKEDID_END), the last dial status of each caller (for the HANGUP extra) and the latest snapshot
 * of each channel (for the peers of bridge events).
 *
 * <p>Core thread only. With CEL disabled (cel.conf {@code enable = no}) nothing is followed, as
 * Asterisk then has no message routes at all. Local optimization and successful blind transfers
 * come from their events on the bus ({@link #localOptimization}, {@link #blindTransfer}); parking,
 * attended transfers, pickups and stream/DTMF events are not produced: nothing publishes their
 * causes yet.
 */
public final class CelEngine implements Consumer<PbxEvent> {
    private static final Logger log = LoggerFactory.getLogger(CelEngine.class);
    private static final Set<String> VALID_DIAL_STATUSES = Set.of("CHANUNAVAIL", "CONGESTION", "NOANSWER", "BUSY",
            "ANSWER", "CANCEL", "DONTCALL", "TORTURE", "INVALIDARGS");

    private final Clock clock;
    private final Consumer<PbxEvent> publisher;
    private volatile CelSettings settings = CelSettings.DEFAULTS;
    private final Map<String, Integer> linkedIds = new HashMap<>();
    private final Map<String, String> dialStatuses = new HashMap<>();
    private final Map<String, ChannelSnapshot> latest = new HashMap<>();

    /**
     * @param clock     the PBX clock (event times)
     * @param publisher where records go (the PBX event bus)
     */
    public CelEngine(Clock clock, Consumer<PbxEvent> publisher) {
        this.clock = clock;
        this.publisher = publisher;
    }

    public CelSettings settings() {
        return settings;
    }

    /** Applies new settings (load or reload); linkedid counts survive, as in cel.c. */
    public void settings(CelSettings s) {
        this.settings = s;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public void accept(PbxEvent event) {
        if (event instanceof ChannelSnapshotChanged e) {
            snapshotChanged(e.previous(), e.current());
        } else if (!settings.enabled()) {
            return;
        } else if (event instanceof DialStatusChanged e) {
            dialed(e);
        } else if (event instanceof BridgeEntered e) {
            bridgeEvent(CelEventType.BRIDGE_ENTER, e.bridge(), e.channel());
        } else if (event instanceof BridgeLeft e) {
            bridgeEvent(CelEventType.BRIDGE_EXIT, e.bridge(), e.channel());
        } else if (event instanceof LocalOptimizationStarted e) {
            localOptimization(true, e.one(), e.two());
        } else if (event instanceof LocalOptimizationFinished e) {
            localOptimization(false, e.one(), e.two());
        } else if (event instanceof BlindTransferred e && "Success".equals(e.result())) {
            blindTransfer(e.transferer(), e.transferee(), e.bridge() == null ? null : e.bridge().uniqueId(),
                    e.context(), e.exten());
        }
    }

    /**
     * ast_cel_publish_user_event (CELGenUserEvent): a USER_DEFINED record named {@code name} with
     * {@code {"extra":"..."}}.
     */
    public void userEvent(ChannelSnapshot channel, String name, String extra) {
        if (!settings.enabled()) {
            return;
        }
        report(channel, CelEventType.USER_DEFINED, clock.now(), name,
                CelJson.object().put("extra", extra == null ? "" : extra).text(), "");
    }

    /**
     * cel_local_optimization_cb_helper: LOCAL_OPTIMIZE_BEGIN ({@code begin}) or LOCAL_OPTIMIZE for
     * the ;1 half, naming the ;2 half in Extra. For the Local optimization start/finish events.
     */
    public void localOptimization(boolean begin, ChannelSnapshot one, ChannelSnapshot two) {
        if (!settings.enabled() || one == null || two == null) {
            return;
        }
        String extra = CelJson.object().put("local_two", two.name()).put("local_two_uniqueid", two.uniqueId()).text();
        if (extra != null) {
            report(one, begin ? CelEventType.LOCAL_OPTIMIZE_BEGIN : CelEventType.LOCAL_OPTIMIZE, clock.now(), "",
                    extra, "");
        }
    }

    /**
     * cel_blind_transfer_cb: BLINDTRANSFER for the transferer of a successful blind transfer;
     * {@code transferee} may be null ("N/A").
     */
    public void blindTransfer(ChannelSnapshot transferer, ChannelSnapshot transferee, String bridgeId,
                              String context, String exten) {
        if (!settings.enabled()) {
            return;
        }
        String extra = CelJson.object()
                .put("extension", exten)
                .put("context", context)
                .put("bridge_id", bridgeId == null ? "" : bridgeId)
                .put("transferee_channel_name", transferee == null ? "N/A" : transferee.name())
                .put("transferee_channel_uniqueid", transferee == null ? "N/A" : transferee.uniqueId())
                .text();
        if (extra != null) {
            report(transferer, CelEventType.BLINDTRANSFER, clock.now(), "", extra, "");
        }
    }

    // ---- channel snapshots (cel_snapshot_update_cb) ----

    private void snapshotChanged(ChannelSnapshot old, ChannelSnapshot now) {
        if (now.dead()) {
            latest.remove(now.uniqueId());
        } else {
            latest.put(now.uniqueId(), now);
        }
        if (!settings.enabled()) {
            return;
        }
        Instant time = clock.now();
        // the order matters: application changes before state changes, linkedid last
        applicationChanged(old, now, time);
        stateChanged(old, now, time);
        linkedIdChanged(old, now, time);
    }

    /** cel_channel_app_change. */
    private void applicationChanged(ChannelSnapshot old, ChannelSnapshot now, Instant time) {
        if (old != null && old.application().equals(now.application())) {
            return;
        }
        if (old != null && !old.application().isEmpty()) {
            report(old, CelEventType.APP_END, time, "", "", "");
        }
        if (!now.application().isEmpty()) {
            report(now, CelEventType.APP_START, time, "", "", "");
        }
    }

    /** cel_channel_state_change. */
    private void stateChanged(ChannelSnapshot old, ChannelSnapshot now, Instant time) {
        if (old == null) {
            report(now, CelEventType.CHANNEL_START, time, "", "", "");
            return;
        }
        if (!old.dead() && now.dead()) {
            String dialStatus = dialStatuses.remove(now.uniqueId());
            String extra = CelJson.object()
                    .put("hangupcause", now.hangupCause())
                    .put("hangupsource", now.hangupSource())
                    .put("dialstatus", dialStatus == null ? "" : dialStatus)
                    .text();
            report(now, CelEventType.HANGUP, time, "", extra == null ? "" : extra, "");
            report(now, CelEventType.CHANNEL_END, time, "", "", "");
            if (settings.tracks(CelEventType.LINKEDID_END)) {
                retireLinkedId(now, time);
            }
            return;
        }
        if (old.state() != now.state() && now.state() == ChannelState.UP) {
            report(now, CelEventType.ANSWER, time, "", "", "");
        }
    }

    /** cel_channel_linkedid_change: the new linkedid gains a reference, the old one loses one. */
    private void linkedIdChanged(ChannelSnapshot old, ChannelSnapshot now, Instant time) {
        if (old == null || !settings.tracks(CelEventType.LINKEDID_END)
                || old.linkedId().equals(now.linkedId())) {
            return;
        }
        referenceLinkedId(now.linkedId());
        retireLinkedId(old, time);
    }

    private void referenceLinkedId(String linkedId) {
        if (linkedId.isEmpty()) {
            log.error("The linkedid should never be empty");
            return;
        }
        linkedIds.merge(linkedId, 1, Integer::sum);
    }

    /** check_retire_linkedid: the last channel with a linkedid takes LINKEDID_END with it. */
    private void retireLinkedId(ChannelSnapshot snapshot, Instant time) {
        String id = snapshot.linkedId();
        if (id.isEmpty()) {
            return;
        }
        Integer count = linkedIds.get(id);
        if (count == null) {
            log.error("Something weird happened, couldn't find linkedid {}", id);
            return;
        }
        if (count > 1) {
            linkedIds.put(id, count - 1);
            return;
        }
        linkedIds.remove(id);
        report(snapshot, CelEventType.LINKEDID_END, time, "", "", "");
    }

    // ---- dials and bridges ----

    /** cel_dial_cb: a forward is an event; a final status is kept for the caller's HANGUP. */
    private void dialed(DialStatusChanged e) {
        ChannelSnapshot caller = e.caller();
        if (caller == null) {
            return;
        }
        if (e.forward() != null && !e.forward().isEmpty()) {
            String extra = CelJson.object().put("forward", e.forward()).text();
            if (extra != null) {
                report(caller, CelEventType.FORWARD, clock.now(), "", extra, "");
            }
        }
        String status = e.status();
        if (status == null || !VALID_DIAL_STATUSES.contains(status.toUpperCase(java.util.Locale.ROOT))) {
            return;
        }
        // save_dialstatus: an ANSWER replaces an earlier failure; otherwise the first status stays
        String previous = dialStatuses.get(caller.uniqueId());
        if (previous == null || ("ANSWER".equalsIgnoreCase(status) && !"ANSWER".equalsIgnoreCase(previous))) {
            dialStatuses.put(caller.uniqueId(), status);
        }
    }

    /** cel_bridge_enter_cb / cel_bridge_leave_cb. */
    private void bridgeEvent(CelEventType type, BridgeSnapshot bridge, ChannelSnapshot channel) {
        String extra = CelJson.object()
                .put("bridge_id", bridge.uniqueId())
                .put("bridge_technology", bridge.technology())
                .text();
        if (extra == null) {
            return;
        }
        StringBuilder peers = new StringBuilder();
        for (String member : bridge.channels()) {
            if (member.equals(channel.uniqueId())) {
                continue;
            }
            ChannelSnapshot s = latest.get(member);
            if (s == null) {
                continue;
            }
            if (peers.length() > 0) {
                peers.append(',');
            }
            peers.append(s.name());
        }
        report(channel, type, clock.now(), "", extra, peers.toString());
    }

    // ---- reporting (cel_report_event) ----

    private void report(ChannelSnapshot s, CelEventType type, Instant time, String userDefinedName, String extra,
                        String peer) {
        // the linkedid is counted even when CHAN_START itself is not reported
        if (type == CelEventType.CHANNEL_START && settings.tracks(CelEventType.LINKEDID_END)) {
            referenceLinkedId(s.linkedId());
        }
        if (!settings.tracks(type)) {
            return;
        }
        if ((type == CelEventType.APP_START || type == CelEventType.APP_END) && !settings.tracksApp(s.application())) {
            return;
        }
        publisher.accept(new CelRecorded(new CelRecord(type, userDefinedName, time, s.caller().shownName(),
                s.caller().shownNumber(), s.callerAni(), "", s.dnid(), s.exten(), s.context(), s.name(),
                s.application(), s.applicationData(), s.amaFlags(), s.accountCode(), s.peerAccount(), s.uniqueId(),
                s.linkedId(), "", s.userField(), extra, peer)));
    }
}
