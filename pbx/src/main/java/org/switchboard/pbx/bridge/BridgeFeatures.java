package org.switchboard.pbx.bridge;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a channel brings into a bridge (bridge_features.h ast_bridge_features): its DTMF feature
 * hooks, whether unmatched DTMF passes through to the other members, and whether its hanging up
 * dissolves the bridge. Hooks added by a basic bridge are removed when the channel is pulled.
 */
public final class BridgeFeatures {
    /** A DTMF feature; the result says whether the hook is to be removed (ast_bridge_hook_callback). */
    @FunctionalInterface
    public interface Hook {
        boolean run(BridgeChannel channel);
    }

    private record Entry(Hook hook, boolean removeOnPull) { }

    /** Sorted by code: a partial key finds the first code it is a prefix of (ao2 sorted container). */
    private final TreeMap<String, Entry> dtmfHooks = new TreeMap<>();
    private boolean dtmfPassthrough = true;
    private boolean dissolveHangup;

    public static BridgeFeatures create() {
        return new BridgeFeatures();
    }

    /** ast_bridge_dtmf_hook: runs {@code hook} when {@code code} is dialed by this channel. */
    public BridgeFeatures dtmfHook(String code, Hook hook, boolean removeOnPull) {
        if (code != null && !code.isEmpty()) {
            dtmfHooks.put(code, new Entry(hook, removeOnPull));
        }
        return this;
    }

    /** AST_BRIDGE_CHANNEL_FLAG_DISSOLVE_HANGUP: this channel leaving on hangup dissolves the bridge. */
    public BridgeFeatures dissolveHangup(boolean on) {
        dissolveHangup = on;
        return this;
    }

    public BridgeFeatures dtmfPassthrough(boolean on) {
        dtmfPassthrough = on;
        return this;
    }

    boolean dissolvesOnHangup() {
        return dissolveHangup;
    }

    boolean passesDtmf() {
        return dtmfPassthrough;
    }

    boolean hasHooks() {
        return !dtmfHooks.isEmpty();
    }

    /** The first hook whose code starts with {@code collected}, or null. */
    Map.Entry<String, Hook> match(String collected) {
        Map.Entry<String, Entry> e = dtmfHooks.ceilingEntry(collected);
        if (e == null || !e.getKey().startsWith(collected)) {
            return null;
        }
        return Map.entry(e.getKey(), e.getValue().hook());
    }

    void remove(String code) {
        dtmfHooks.remove(code);
    }

    /** AST_BRIDGE_HOOK_REMOVE_ON_PULL. */
    void removeOnPull() {
        dtmfHooks.values().removeIf(Entry::removeOnPull);
    }
}
