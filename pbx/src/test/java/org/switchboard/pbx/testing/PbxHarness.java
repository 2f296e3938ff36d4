package org.switchboard.pbx.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.PbxFactory;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.ChannelRequest;
import org.switchboard.pbx.channel.ChannelState;
import org.switchboard.pbx.channel.Control;
import org.switchboard.pbx.channel.Frame;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.db.AstDb;
import org.switchboard.pbx.dialplan.DialplanFixtures;
import org.switchboard.pbx.dialplan.DialplanLoader;
import org.switchboard.pbx.event.ChannelSnapshotChanged;
import org.switchboard.pbx.event.FileStreamChanged;
import org.switchboard.pbx.event.HangupHandlerChanged;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.UserEventRaised;
import org.switchboard.pbx.event.VariableSet;
import org.switchboard.pbx.exec.PbxRun;
import org.switchboard.pbx.time.VirtualClock;

/**
 * A PBX on a virtual clock for unit tests: load a dialplan, start a call on a test channel in it,
 * send it digits, advance time, and read back what was published in a compact form.
 */
public final class PbxHarness implements AutoCloseable {
    /** 2023-11-14T22:13:20Z. */
    public static final Instant START = Instant.ofEpochSecond(1_700_000_000L);

    private final VirtualClock clock = new VirtualClock(START);
    private final CoreLoop core = new CoreLoop(clock);
    private final Pbx pbx;
    private final List<PbxEvent> events = new CopyOnWriteArrayList<>();
    /** What the test technology was asked to do: "indicate HOLD", "digit-begin 1", ... */
    public final List<String> techLog = new CopyOnWriteArrayList<>();
    private final TestTech tech = new TestTech();

    public PbxHarness() {
        this(null);
    }

    public PbxHarness(AstDb db) {
        this.pbx = core.submit(() -> PbxFactory.standard(core, new SystemStatus(START), AsteriskSettings.DEFAULTS, db))
                .join();
        pbx.bus().subscribe(events::add);
    }

    public Pbx pbx() {
        return pbx;
    }

    public VirtualClock clock() {
        return clock;
    }

    /** Loads {@code extensionsConf} as the dialplan. */
    public PbxHarness dialplan(String extensionsConf) {
        onCore(() -> {
            pbx.dialplan(new DialplanLoader(pbx.runtime()).load(DialplanFixtures.parse(extensionsConf)));
            return null;
        });
        return this;
    }

    /** A call on a "Test/n" channel (answered when {@code up}) running the dialplan at exten@context. */
    public SimChannel call(String context, String exten, boolean up) {
        SimChannel c = onCore(() -> {
            SimChannel ch = pbx.allocateChannel(tech, "Test/" + tech.next++, up ? ChannelState.UP : ChannelState.RING,
                    context, exten, null, null);
            PbxRun.start(pbx, ch);
            return ch;
        });
        settle();
        return c;
    }

    /** A caller pressing (and releasing) {@code digit}, as PlayDTMF Receive: true does. */
    public void press(SimChannel c, char digit) {
        onCore(() -> {
            c.queueFrame(Frame.dtmfEnd(digit, 100));
            return null;
        });
        settle();
    }

    public void advance(Duration d) {
        clock.advance(d).join();
        settle();
    }

    /** Lets the core run what is queued. */
    public void settle() {
        for (int i = 0; i < 3; i++) {
            onCore(() -> null);
        }
    }

    public <T> T onCore(Callable<T> task) {
        return core.submit(task).join();
    }

    public List<PbxEvent> events() {
        return new ArrayList<>(events);
    }

    public void clearEvents() {
        events.clear();
    }

    /**
     * The events in a compact form: "Newexten app(data)@exten:prio", "VarSet name=value",
     * "UserEvent name", "Stream begin file", "Stream end", "Hangup cause", "HH push handler".
     */
    public List<String> trace() {
        return trace(e -> true);
    }

    public List<String> trace(Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        for (PbxEvent e : events) {
            String line = describe(e);
            if (line != null && keep.test(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private static String describe(PbxEvent e) {
        if (e instanceof ChannelSnapshotChanged s) {
            var now = s.current();
            var old = s.previous();
            if (now.dead() && (old == null || !old.dead())) {
                return "Hangup " + now.hangupCause();
            }
            if (!now.application().isEmpty() && !now.dead()
                    && (old == null || old.application().isEmpty() || !old.sameLocation(now))) {
                return "Newexten " + now.application() + "(" + now.applicationData() + ")@" + now.exten() + ":"
                        + now.priority();
            }
            if (old != null && !old.caller().equals(now.caller())) {
                return "Caller " + now.caller().shownName() + "/" + now.caller().shownNumber();
            }
            if (old != null && !old.connected().equals(now.connected())) {
                return "Connected " + now.connected().shownName() + "/" + now.connected().shownNumber();
            }
            if (old != null && !old.accountCode().equals(now.accountCode())) {
                return "AccountCode " + now.accountCode();
            }
            return null;
        }
        if (e instanceof VariableSet v) {
            return "VarSet " + v.name() + "=" + v.value();
        }
        if (e instanceof UserEventRaised u) {
            return "UserEvent " + u.name();
        }
        if (e instanceof FileStreamChanged f) {
            return f.begin() ? "Stream begin " + f.sound() : "Stream end";
        }
        if (e instanceof HangupHandlerChanged h) {
            return "HH " + h.action() + " " + h.handler();
        }
        return null;
    }

    @Override
    public void close() {
        core.close();
    }

    /** The technology of test channels: it records what it is asked to do. */
    private final class TestTech implements ChannelDriver {
        int next;

        @Override
        public String tech() {
            return "Test";
        }

        @Override
        public ChannelRequest.Result request(ChannelRequest request) {
            return ChannelRequest.Result.failed(66);
        }

        @Override
        public boolean call(SimChannel channel, String destination) {
            return false;
        }

        @Override
        public Duration firstMediaAfterAnswer() {
            return Duration.ofMillis(20);
        }

        @Override
        public void indicate(SimChannel channel, Control condition) {
            techLog.add("indicate " + condition);
        }

        @Override
        public void sendDigitBegin(SimChannel channel, char digit) {
            techLog.add("digit-begin " + digit);
        }

        @Override
        public void sendDigitEnd(SimChannel channel, char digit, long durationMs) {
            techLog.add("digit-end " + digit + " " + durationMs);
        }
    }
}
