package org.switchboard.manager.bridge;

import org.switchboard.pbx.bridge.BridgeSnapshot;

/**
 * The bridge header block (spec 02 §1.2; manager_bridges.c
 * ast_manager_build_bridge_state_string_prefix), with an optional prefix (To, From, Orig, Second).
 */
public final class BridgeBlock {
    private static final String UNKNOWN = "<unknown>";

    private BridgeBlock() { }

    public static StringBuilder append(StringBuilder b, String prefix, BridgeSnapshot s) {
        line(b, prefix, "BridgeUniqueid", s.uniqueId());
        line(b, prefix, "BridgeType", s.type());
        line(b, prefix, "BridgeTechnology", s.technology());
        line(b, prefix, "BridgeCreator", s.creator().isEmpty() ? UNKNOWN : s.creator());
        line(b, prefix, "BridgeName", s.name().isEmpty() ? UNKNOWN : s.name());
        line(b, prefix, "BridgeNumChannels", Integer.toString(s.numChannels()));
        line(b, prefix, "BridgeVideoSourceMode", s.videoSourceMode());
        return b;
    }

    public static StringBuilder append(StringBuilder b, BridgeSnapshot s) {
        return append(b, "", s);
    }

    private static void line(StringBuilder b, String prefix, String name, String value) {
        b.append(prefix).append(name).append(": ").append(value).append("\r\n");
    }
}
