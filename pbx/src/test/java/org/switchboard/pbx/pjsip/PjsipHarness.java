package org.switchboard.pbx.pjsip;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.switchboard.config.ConfigException;
import org.switchboard.config.ConfigFile;
import org.switchboard.config.ConfigReadOptions;
import org.switchboard.config.ConfigReader;
import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.PbxFactory;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.dialplan.DialplanLoader;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.time.VirtualClock;

/** A PBX on a virtual clock with pjsip.conf, switchboard-endpoints.conf and a dialplan given as text. */
final class PjsipHarness implements AutoCloseable {
    final VirtualClock clock = new VirtualClock(Instant.parse("2025-01-01T00:00:00Z"));
    final CoreLoop core = new CoreLoop(clock);
    final Pbx pbx;
    final PjsipDriver driver;
    private final List<PbxEvent> events = new ArrayList<>();

    PjsipHarness(String pjsip, String behaviours, String extensions) {
        pbx = PbxFactory.standard(core, new SystemStatus(clock.now()), AsteriskSettings.DEFAULTS);
        driver = PjsipDriver.of(pbx).orElseThrow();
        onCore(() -> {
            pbx.bus().subscribe(events::add);
            pbx.dialplan(new DialplanLoader(pbx.runtime()).load(parse("extensions.conf", extensions)));
            driver.endpoints().configure(PjsipConfigLoader.load(parse("pjsip.conf", pjsip)),
                    behaviours == null ? null : parse(BehaviourTable.FILE, behaviours));
            return null;
        });
    }

    static ConfigFile parse(String name, String text) {
        try {
            return new ConfigReader(ConfigReadOptions.in(Path.of("/etc/asterisk"))).parse(Path.of(name), text);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Runs {@code task} on the core, then lets the core finish what it caused, idle work (device
     * states) included — as if the next request came a moment later.
     */
    <T> T onCore(Callable<T> task) {
        T result = core.submit(task).join();
        clock.advance(Duration.ZERO).join();
        return result;
    }

    /** Runs what is queued, then moves time on (timers fire in order). */
    void advance(Duration by) {
        onCore(() -> null);
        clock.advance(by).join();
    }

    /** The events published so far, after the core finished what is queued (idle work too); then forgets them. */
    List<PbxEvent> drain() {
        core.idle().join();
        return onCore(() -> {
            List<PbxEvent> out = List.copyOf(events);
            events.clear();
            return out;
        });
    }

    @Override
    public void close() {
        core.close();
    }
}
