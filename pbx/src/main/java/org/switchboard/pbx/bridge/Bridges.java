package org.switchboard.pbx.bridge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.switchboard.pbx.Pbx;
import org.switchboard.pbx.channel.SimChannel;
import org.switchboard.pbx.local.LocalDriver;

/**
 * The bridging core of one PBX (bridge.c): the live bridges (listed by uniqueid, as Asterisk's
 * sorted container lists them), the bridge technologies, the features.conf settings bridges use,
 * and who is told when a channel has entered a bridge. Core thread only.
 */
public final class Bridges {
    /** NORMAL_FLAGS of bridge_basic.c. */
    private static final EnumSet<BridgeFlag> BASIC_FLAGS =
            EnumSet.of(BridgeFlag.DISSOLVE_HANGUP, BridgeFlag.DISSOLVE_EMPTY, BridgeFlag.SMART);

    private final Pbx pbx;
    private final LinkedIds linkedIds;
    private final List<BridgeTechnology> technologies = new ArrayList<>();
    private final TreeMap<String, Bridge> live = new TreeMap<>();
    private final List<Consumer<BridgeChannel>> joinListeners = new ArrayList<>();
    private volatile FeaturesConfig features = FeaturesConfig.DEFAULTS;
    private Supplier<String> ids = () -> UUID.randomUUID().toString();
    /** bridge.c optimization_id. */
    private long optimizationId;

    public Bridges(Pbx pbx) {
        this.pbx = pbx;
        this.linkedIds = new LinkedIds(pbx);
        pbx.bus().subscribe(linkedIds::onEvent);
        // registered highest preference first, a later one of equal preference before an earlier
        // (bridge.c __ast_bridge_technology_register; modules load in name order)
        technologies.add(new BridgeTechnology("native_rtp", "Native", 90));
        technologies.add(new BridgeTechnology(BridgeTechnology.SIMPLE, "1to1Mix", 50));
        technologies.add(new BridgeTechnology("holding_bridge", "Holding", 50));
        technologies.add(new BridgeTechnology(BridgeTechnology.SOFTMIX, "MultiMix", 10));
    }

    Pbx pbx() {
        return pbx;
    }

    LinkedIds linkedIds() {
        return linkedIds;
    }

    /** The next Local optimization number (LocalOptimizationBegin/End Id), from 0. */
    public long nextOptimizationId() {
        return optimizationId++;
    }

    /** Bridge uniqueids (UUIDs by default; tests may supply their own). */
    public void idSupplier(Supplier<String> supplier) {
        this.ids = supplier;
    }

    /**
     * ast_bridge_basic_new: a basic bridge (BridgeCreate), with the technology an empty two-party
     * bridge gets: simple_bridge, or softmix when simple_bridge is suspended.
     */
    public Bridge createBasic() {
        BridgeTechnology simple = technology(BridgeTechnology.SIMPLE);
        String tech = simple != null && !simple.suspended() ? BridgeTechnology.SIMPLE : BridgeTechnology.SOFTMIX;
        Bridge b = new Bridge(this, ids.get(), "basic", tech, BASIC_FLAGS, "", "");
        live.put(b.uniqueId(), b);
        b.register();
        return b;
    }

    /** ast_bridge_find_by_id. */
    public Optional<Bridge> find(String uniqueId) {
        return Optional.ofNullable(live.get(uniqueId));
    }

    /** The listed bridges, ordered by uniqueid. */
    public List<Bridge> all() {
        return new ArrayList<>(live.values());
    }

    void unlink(Bridge b) {
        live.remove(b.uniqueId(), b);
    }

    /** The technologies in BridgeTechnologyList order. */
    public List<BridgeTechnology> technologies() {
        return List.copyOf(technologies);
    }

    /** The technology of that name (compared without case), or null. */
    public BridgeTechnology technology(String name) {
        for (BridgeTechnology t : technologies) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    /** ast_bridge_technology_suspend / unsuspend. */
    public void suspend(BridgeTechnology technology, boolean suspended) {
        technology.suspended(suspended);
    }

    public FeaturesConfig features() {
        return features;
    }

    /** The features.conf settings (at start and on reload). */
    public void features(FeaturesConfig config) {
        this.features = config;
    }

    /** Registers code to run whenever a channel has completed entering a bridge. */
    public void onJoined(Consumer<BridgeChannel> listener) {
        joinListeners.add(listener);
    }

    void joined(BridgeChannel bc) {
        for (Consumer<BridgeChannel> l : joinListeners) {
            l.accept(bc);
        }
    }

    /** ast_local_get_peer: the other half of a Local channel, or null. */
    SimChannel localPeer(SimChannel chan) {
        if (!LocalDriver.isLocal(chan)) {
            return null;
        }
        return pbx.driver("Local").filter(d -> d instanceof LocalDriver)
                .map(d -> ((LocalDriver) d).otherHalf(chan)).orElse(null);
    }
}
