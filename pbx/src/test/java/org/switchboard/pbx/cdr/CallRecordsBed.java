package org.switchboard.pbx.cdr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.switchboard.pbx.bridge.BridgeSnapshot;
import org.switchboard.pbx.cel.CelEngine;
import org.switchboard.pbx.cel.CelRecord;
import org.switchboard.pbx.channel.ChannelSnapshot;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Party;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.event.BridgeEntered;
import org.switchboard.pbx.event.BridgeLeft;
import org.switchboard.pbx.event.CdrRecorded;
import org.switchboard.pbx.event.CelRecorded;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.DialStarted;
import org.switchboard.pbx.event.DialStatusChanged;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.time.VirtualClock;

/**
 * A CDR engine and a CEL engine on a core loop with a virtual clock, fed with the events the PBX
 * would publish: channels ({@link Chan}) publish snapshots, dials and bridges are published as
 * records. Everything runs on the core thread.
 */
public final class CallRecordsBed implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-11-22T11:44:24.203Z");

    public final VirtualClock clock = new VirtualClock(START);
    public final CoreLoop core = new CoreLoop(clock);
    public final List<PbxEvent> published = new ArrayList<>();
    public final CdrEngine cdr = new CdrEngine(core, ZoneId.of("UTC"), published::add);
    public final CelEngine cel = new CelEngine(clock, published::add);
    private int sequence;

    public CallRecordsBed() {
        this(CdrSettings.DEFAULTS);
    }

    /** With {@code initial} as the CDR settings read at load. */
    public CallRecordsBed(CdrSettings initial) {
        onCore(() -> cdr.settings(initial));
    }

    public <T> T call(Callable<T> task) {
        return core.submit(task).join();
    }

    public void onCore(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    public void publish(PbxEvent e) {
        onCore(() -> {
            published.add(e);
            cel.accept(e);
            cdr.accept(e);
        });
    }

    public void advance(long millis) {
        core.submit(() -> null).join();
        clock.advance(Duration.ofMillis(millis)).join();
    }

    public List<CdrRecord> cdrs() {
        return call(() -> published.stream().filter(e -> e instanceof CdrRecorded)
                .map(e -> ((CdrRecorded) e).record()).toList());
    }

    public List<CelRecord> cels() {
        return call(() -> published.stream().filter(e -> e instanceof CelRecorded)
                .map(e -> ((CelRecorded) e).record()).toList());
    }

    /** "TYPE channel" per CEL record. */
    public List<String> celSummary() {
        return cels().stream().map(r -> r.eventName() + " " + r.channelName()).toList();
    }

    public Chan channel(String name, ChannelState state) {
        return channel(name, state, null);
    }

    /** A new channel (its first snapshot is published); {@code linkedId} null for its own. */
    public Chan channel(String name, ChannelState state, String linkedId) {
        String uid = "1795347864." + sequence++;
        Chan c = new Chan(name, uid, linkedId == null ? uid : linkedId, state, clock.now());
        c.publish();
        return c;
    }

    public void dial(Chan caller, Chan peer) {
        publish(new DialStarted(caller == null ? null : caller.snapshot, peer.snapshot, "dest"));
    }

    public void dialStatus(Chan caller, Chan peer, String status) {
        publish(new DialStatusChanged(caller == null ? null : caller.snapshot, peer.snapshot, "", status));
    }

    public BridgeSnapshot bridge(String id, String type, String technology, Chan... members) {
        return new BridgeSnapshot(id, type, technology, "", "", java.util.Arrays.stream(members)
                .map(m -> m.uniqueId).toList(), "none");
    }

    public void enter(BridgeSnapshot b, Chan c) {
        publish(new BridgeEntered(b, c.snapshot, null));
    }

    public void leave(BridgeSnapshot b, Chan c) {
        publish(new BridgeLeft(b, c.snapshot));
    }

    @Override
    public void close() {
        core.close();
    }

    /** A channel whose fields the test changes, then publishes. */
    public final class Chan {
        public final String name;
        public final String uniqueId;
        public String linkedId;
        public final Instant created;
        public ChannelState state;
        public Party caller = Party.NONE;
        public String context = "default";
        public String exten = "s";
        public int priority = 1;
        public String app = "";
        public String data = "";
        public String accountCode = "";
        public int hangupCause;
        public String hangupSource = "";
        public boolean dead;
        public boolean outgoing;
        public boolean originated;
        public int softHangupFlags;
        public String dnid = "";
        public ChannelSnapshot snapshot;
        public boolean inSubroutine;

        Chan(String name, String uniqueId, String linkedId, ChannelState state, Instant created) {
            this.name = name;
            this.uniqueId = uniqueId;
            this.linkedId = linkedId;
            this.state = state;
            this.created = created;
        }

        public Chan publish() {
            ChannelSnapshot previous = snapshot;
            snapshot = new ChannelSnapshot(name, uniqueId, linkedId, "Test", state, caller, Party.NONE, dnid, "en",
                    accountCode, "", context, exten, priority, app, data, "", created, hangupCause, 0, hangupSource,
                    0, dead, List.<Map.Entry<String, String>>of(), 3, "", "", outgoing, originated, softHangupFlags, inSubroutine);
            CallRecordsBed.this.publish(new ChannelSnapshotChanged(previous, snapshot));
            return this;
        }

        /** pbx_exec: the first application at the current priority, later ones at the next (Newexten). */
        public Chan exec(String application, String appData) {
            if (!app.isEmpty()) {
                priority++;
            }
            app = application;
            data = appData;
            return publish();
        }

        public Chan answer() {
            state = ChannelState.UP;
            return publish();
        }

        public Chan hangup(int cause) {
            hangupCause = cause;
            dead = true;
            return publish();
        }
    }
}
