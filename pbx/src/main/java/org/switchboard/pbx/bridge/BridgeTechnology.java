package org.switchboard.pbx.bridge;

/**
 * A bridge technology as BridgeTechnologyList shows it (bridge_technology.h): its name, its type
 * (the capability it is listed under), its preference, and whether it is suspended.
 */
public final class BridgeTechnology {
    /** The technology of two-party basic bridges (bridges/bridge_simple.c). */
    public static final String SIMPLE = "simple_bridge";
    /** The multi-party mixing technology basic bridges switch to with three or more channels. */
    public static final String SOFTMIX = "softmix";

    private final String name;
    private final String type;
    private final int preference;
    private boolean suspended;

    BridgeTechnology(String name, String type, int preference) {
        this.name = name;
        this.type = type;
        this.preference = preference;
    }

    public String name() { return name; }

    /** Holding, Early, Native, 1to1Mix or MultiMix (bridge.c tech_capability2str). */
    public String type() { return type; }

    public int preference() { return preference; }

    public boolean suspended() { return suspended; }

    void suspended(boolean on) { suspended = on; }
}
