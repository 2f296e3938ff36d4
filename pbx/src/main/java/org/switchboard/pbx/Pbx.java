package org.switchboard.pbx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.pbx.channel.ChannelDriver;
import org.switchboard.pbx.channel.ChannelHost;
import org.switchboard.pbx.channel.ChannelRegistry;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.core.AsteriskSettings;
import org.switchboard.pbx.core.CoreLoop;
import org.switchboard.pbx.core.SystemStatus;
import org.switchboard.pbx.devstate.DeviceStates;
import org.switchboard.pbx.dialplan.Dialplan;
import org.switchboard.pbx.dialplan.eval.DialplanRuntime;
import org.switchboard.pbx.dialplan.eval.GlobalVariables;
import org.switchboard.pbx.event.PbxEvent;
import org.switchboard.pbx.event.PbxEventBus;
import org.switchboard.pbx.event.VariableSet;
import org.switchboard.pbx.exec.ApplicationRegistry;
import org.switchboard.pbx.exec.ChannelEvalContext;
import org.switchboard.pbx.hint.Hints;
import org.switchboard.pbx.presence.PresenceStates;
import org.switchboard.pbx.time.Clock;

/**
 * The simulated PBX: the channels, the dialplan and its applications, the channel technologies,
 * and the event bus everything is reported on. Every method runs on the core thread; other
 * threads go through {@link #core()}.
 */
public final class Pbx implements ChannelHost {
    private static final Logger log = LoggerFactory.getLogger(Pbx.class);

    private final CoreLoop core;
    private final Clock clock;
    private final SystemStatus status;
    private final PbxEventBus bus = new PbxEventBus();
    private final ChannelRegistry channels;
    private final DialplanRuntime runtime;
    private final ApplicationRegistry applications = new ApplicationRegistry();
    private final Map<String, ChannelDriver> drivers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final DeviceStates deviceStates;
    private final org.switchboard.pbx.bridge.Bridges bridges;
    private final PresenceStates presenceStates;
    private final Hints hints;
    private final org.switchboard.pbx.media.SoundLibrary sounds = new org.switchboard.pbx.media.SoundLibrary();
    private volatile Dialplan dialplan;
    private volatile AsteriskSettings asterisk;
    private volatile List<String> managerVariableNames = List.of();

    public Pbx(CoreLoop core, SystemStatus status, DialplanRuntime runtime, Dialplan dialplan, AsteriskSettings asterisk) {
        this.core = core;
        this.clock = core.clock();
        this.status = status;
        this.channels = new ChannelRegistry(core);
        this.runtime = runtime;
        this.dialplan = dialplan;
        this.asterisk = asterisk;
        this.deviceStates = new DeviceStates(this);
        this.presenceStates = new PresenceStates(this);
        this.hints = new Hints(this);
        // global assignments publish VarSet with "Channel: none" (spec 02 §2.2.1)
        runtime.globals().setListener((name, value) -> publish(new VariableSet(null, name, value)));
        this.bridges = new org.switchboard.pbx.bridge.Bridges(this);
    }

    // ---- wiring ----

    @Override
    public CoreLoop core() { return core; }

    @Override
    public Clock clock() { return clock; }

    public SystemStatus status() { return status; }

    public PbxEventBus bus() { return bus; }

    @Override
    public ChannelRegistry channels() { return channels; }

    public DialplanRuntime runtime() { return runtime; }

    public ApplicationRegistry applications() { return applications; }

    public DeviceStates deviceStates() { return deviceStates; }

    /** Presence states (presencestate.c). */
    public PresenceStates presenceStates() { return presenceStates; }

    /** The dialplan's hints and their extension states (pbx.c). */
    public Hints hints() { return hints; }
    /** The simulated sound files: which exist and how long each plays (Playback, Background, Say*). */
    public org.switchboard.pbx.media.SoundLibrary sounds() { return sounds; }

    /** The bridging core: live bridges, bridge technologies, features.conf settings. */
    public org.switchboard.pbx.bridge.Bridges bridges() { return bridges; }

    public Dialplan dialplan() { return dialplan; }

    /**
     * Swaps in an edited dialplan (an extension added, replaced or removed); the hints follow the
     * edit (core thread).
     */
    public void dialplan(Dialplan d) {
        this.dialplan = d;
        hints.dialplanEdited(d);
    }

    /**
     * Swaps in a dialplan built from scratch (pbx_config load and reload): every hint in it is new
     * and reports its state, as ast_merge_contexts_and_delete does (core thread).
     */
    public void loadDialplan(Dialplan d) {
        hints.dialplanReplaced(dialplan, d, () -> this.dialplan = d);
    }

    public AsteriskSettings asterisk() { return asterisk; }

    public void asterisk(AsteriskSettings a) { this.asterisk = a; }

    @Override
    public GlobalVariables globals() { return runtime.globals(); }

    public void registerDriver(ChannelDriver driver) {
        drivers.put(driver.tech(), driver);
    }

    public Optional<ChannelDriver> driver(String tech) {
        return Optional.ofNullable(drivers.get(tech));
    }

    /** The Uniqueid prefix: asterisk.conf systemname and '-', or "" (spec 02 §6.1). */
    public String uniqueIdPrefix() {
        String s = asterisk.systemName();
        return s.isEmpty() ? "" : s + "-";
    }

    /** The channelvars of manager.conf, in order (set by the manager at load and reload). */
    public void managerVariableNames(List<String> names) {
        this.managerVariableNames = List.copyOf(names);
    }

    public List<String> managerVariableNames() {
        return managerVariableNames;
    }

    // ---- ChannelHost ----

    @Override
    public void publish(PbxEvent event) {
        assert core.inCoreThread() : "PBX events are published on the core thread";
        bus.publish(event);
    }

    /**
     * Evaluates the channelvars for a snapshot: a name with '(' as a function, any other as a
     * variable (channel first, then global), an unset one as "" (channel.c channel_get_external_vars).
     */
    @Override
    public List<Map.Entry<String, String>> managerVariables(SimChannel channel) {
        List<String> names = managerVariableNames;
        if (names.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, String>> out = new ArrayList<>(names.size());
        ChannelEvalContext ctx = null;
        for (String name : names) {
            String value;
            if (name.indexOf('(') >= 0) {
                if (ctx == null) {
                    ctx = new ChannelEvalContext(this, channel);
                }
                value = ctx.readFunction(name);
            } else {
                value = channel.get(name);
                if (value == null) {
                    value = runtime.globals().get(name);
                }
            }
            out.add(Map.entry(name, value == null ? "" : value));
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public void deviceMayHaveChanged(SimChannel channel) {
        deviceStates.channelChanged(channel);
    }

    @Override
    public void channelDestroyed(SimChannel channel) {
        status.channelDestroyed();
    }

    @Override
    public SimChannel bridgePeer(SimChannel channel) {
        org.switchboard.pbx.bridge.Bridge bridge = org.switchboard.pbx.bridge.BridgeChannel.bridgeOf(channel);
        return bridge == null ? null : bridge.peer(channel);
    }

    /**
     * ast_channel_alloc for a channel of {@code driver}: allocated, counted and its Newchannel
     * published.
     */
    public SimChannel allocateChannel(ChannelDriver driver, String name, org.switchboard.pbx.channel.ChannelState state,
                                      String context, String exten, String linkedId, String uniqueId) {
        SimChannel c = SimChannel.allocate(this, driver, name, state, context, exten, linkedId, uniqueId,
                uniqueIdPrefix());
        channelCreated();
        return c;
    }

    /** Counts a new channel (CoreStatus, core show channels). */
    public void channelCreated() {
        status.channelCreated();
    }

    /** ast_exists_extension: whether exten@context has this priority (pattern match, caller id). */
    public boolean extensionExists(String context, String exten, int priority, String callerNumber) {
        return dialplan.find(context, exten, priority, null, callerNumber,
                org.switchboard.pbx.dialplan.pattern.MatchMode.MATCH, clock.now()).found();
    }

    /** Finds a channel technology by a {@code Tech/data} string; empty when there is none. */
    public Optional<ChannelDriver> driverFor(String techAndData) {
        int slash = techAndData.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return driver(techAndData.substring(0, slash));
    }

    /** Logs what Asterisk logs when a technology is unknown. */
    public void logNoSuchTechnology(String tech) {
        log.warn("No channel type registered for '{}'", tech.toLowerCase(Locale.ROOT).isEmpty() ? tech : tech);
    }
}
