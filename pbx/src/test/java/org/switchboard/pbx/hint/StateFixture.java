package org.switchboard.pbx.hint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.PbxFactory;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.dialplan.DialplanFixtures;
import org.switchboard.pbx.dialplan.DialplanLoader;
import org.switchboard.pbx.event.DeviceStateChanged;
import org.switchboard.pbx.event.ExtensionStatusChanged;
import org.switchboard.pbx.event.HintPresenceChanged;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PresenceStateChanged;
import org.switchboard.pbx.time.VirtualClock;

/**
 * A standard PBX on a virtual-clock core loop, with the state events it publishes written down as
 * short strings ("DeviceStateChange Custom:a INUSE", "ExtensionStatus 100@default 1 [Custom:a]").
 */
public final class StateFixture implements AutoCloseable {
    public final VirtualClock clock = new VirtualClock(Instant.ofEpochSecond(1_700_000_000L));
    public final CoreLoop core = new CoreLoop(clock);
    public final Pbx pbx = PbxFactory.standard(core, new SystemStatus(clock.now()), AsteriskSettings.DEFAULTS);
    private final List<String> events = new ArrayList<>();

    public StateFixture() {
        pbx.bus().subscribe(this::record);
    }

    /** Runs {@code task} on the core thread, then lets the tasks it queued run, idle ones included. */
    public <T> T onCore(Callable<T> task) {
        T result = core.submit(task).join();
        core.idle().join();
        return result;
    }

    public void run(Runnable task) {
        onCore(() -> {
            task.run();
            return null;
        });
    }

    /** Loads {@code text} as extensions.conf, as pbx_config does at start and on reload. */
    public void loadDialplan(String text) {
        run(() -> pbx.loadDialplan(new DialplanLoader(pbx.runtime()).load(DialplanFixtures.parse(text))));
    }

    /** The events recorded since the last call. */
    public List<String> takeEvents() {
        return onCore(() -> {
            List<String> out = List.copyOf(events);
            events.clear();
            return out;
        });
    }

    private void record(PbxEvent e) {
        if (e instanceof DeviceStateChanged d) {
            events.add("DeviceStateChange " + d.device() + " " + d.state());
        } else if (e instanceof ExtensionStatusChanged x) {
            events.add("ExtensionStatus " + x.exten() + "@" + x.context() + " " + x.status() + " [" + x.hint() + "]");
        } else if (e instanceof PresenceStateChanged p) {
            events.add("PresenceStateChange " + p.provider() + " " + p.state().text() + " " + p.subtype() + " "
                    + p.message());
        } else if (e instanceof HintPresenceChanged h) {
            events.add("PresenceStatus " + h.exten() + "@" + h.context() + " " + h.state().text() + " " + h.subtype()
                    + " " + h.message());
        }
    }

    @Override
    public void close() {
        core.close();
    }
}
