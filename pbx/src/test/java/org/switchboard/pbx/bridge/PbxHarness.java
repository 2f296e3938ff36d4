package org.switchboard.pbx.bridge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.PbxFactory;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.dialplan.DialplanFixtures;
import org.switchboard.pbx.event.BridgeEntered;
import org.switchboard.pbx.event.BridgeLeft;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.HoldChanged;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.VariableSet;
import org.switchboard.pbx.time.VirtualClock;

/** A PBX on a virtual clock with a given dialplan; records every PBX event. */
final class PbxHarness implements AutoCloseable {
    final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-01T00:00:00Z"));
    final CoreLoop core = new CoreLoop(clock);
    final Pbx pbx;
    private final List<PbxEvent> events = new ArrayList<>();

    PbxHarness(String extensions) {
        pbx = onCoreNew(extensions);
    }

    private Pbx onCoreNew(String extensions) {
        return core.submit(() -> {
            Pbx p = PbxFactory.standard(core, new SystemStatus(clock.now()), AsteriskSettings.DEFAULTS);
            p.dialplan(DialplanFixtures.load(p.runtime(), extensions));
            p.bus().subscribe(this::record);
            return p;
        }).join();
    }

    private void record(PbxEvent e) {
        synchronized (events) {
            events.add(e);
        }
    }

    <T> T onCore(Callable<T> task) {
        return core.submit(task).join();
    }

    void run(Runnable task) {
        onCore(() -> {
            task.run();
            return null;
        });
        settle();
    }

    /** Lets the queued core work run. */
    void settle() {
        clock.advance(Duration.ZERO).join();
    }

    void advance(Duration d) {
        clock.advance(d).join();
    }

    /** The ;1 half of a new Local pair, not called: a channel nobody runs. */
    SimChannel localOwner(String dest) {
        return onCore(() -> pbx.driver("Local").orElseThrow().request(new ChannelRequest(dest, null, null, null))
                .channel());
    }

    int mark() {
        synchronized (events) {
            return events.size();
        }
    }

    /** The events since {@code from}, compactly: enter/leave, VarSet, hold. */
    List<String> since(int from) {
        List<String> out = new ArrayList<>();
        synchronized (events) {
            for (PbxEvent e : events.subList(from, events.size())) {
                if (e instanceof BridgeEntered be) {
                    out.add("Enter " + be.channel().name() + " " + be.bridge().numChannels()
                            + (be.swapUniqueId() == null ? "" : " swap"));
                } else if (e instanceof BridgeLeft bl) {
                    out.add("Leave " + bl.channel().name() + " " + bl.bridge().numChannels());
                } else if (e instanceof VariableSet v && v.channel() != null) {
                    out.add("VarSet " + v.channel().name() + " " + v.name() + "=" + v.value());
                } else if (e instanceof HoldChanged h) {
                    out.add((h.onHold() ? "Hold " : "Unhold ") + h.channel().name());
                } else if (e instanceof ChannelSnapshotChanged c && c.current().dead()) {
                    out.add("Hangup " + c.current().name());
                }
            }
        }
        return out;
    }

    List<PbxEvent> events(int from) {
        synchronized (events) {
            return new ArrayList<>(events.subList(from, events.size()));
        }
    }

    @Override
    public void close() {
        core.close();
    }
}
