package org.switchboard.pbx.bridge;

/** Bridge feature flags (bridge_features.h enum ast_bridge_feature_flags). */
public enum BridgeFlag {
    /** A channel leaving with state END dissolves the bridge. */
    DISSOLVE_HANGUP,
    /** The last channel leaving dissolves the bridge. */
    DISSOLVE_EMPTY,
    /** The technology follows the number of channels (simple_bridge / softmix). */
    SMART,
    MERGE_INHIBIT_FROM,
    MERGE_INHIBIT_TO,
    SWAP_INHIBIT_FROM,
    SWAP_INHIBIT_TO,
    MASQUERADE_ONLY,
    TRANSFER_PROHIBITED,
    TRANSFER_BRIDGE_ONLY,
    INVISIBLE
}
