package org.switchboard.pbx.bridge;

import java.util.Set;

import org.slf4j.LoggerFactory;

/**
 * The BRIDGE_FEATURES channel variable (features.c set_bridge_features_on_config): upper case
 * letters grant the caller, lower case the callee: T/t transfer, H/h disconnect, K/k park,
 * X/x one-touch MixMonitor, W/w one-touch Monitor (no longer a feature in 22: granted nothing).
 */
final class BridgeFeaturesVariable {
    private BridgeFeaturesVariable() { }

    static void apply(String value, Set<CallFeature> caller, Set<CallFeature> callee) {
        if (value == null || value.isEmpty()) {
            return;
        }
        for (char c : value.toCharArray()) {
            switch (c) {
                case 'T': caller.add(CallFeature.REDIRECT); break;
                case 't': callee.add(CallFeature.REDIRECT); break;
                case 'H': caller.add(CallFeature.DISCONNECT); break;
                case 'h': callee.add(CallFeature.DISCONNECT); break;
                case 'K': caller.add(CallFeature.PARKCALL); break;
                case 'k': callee.add(CallFeature.PARKCALL); break;
                case 'X': caller.add(CallFeature.AUTOMIXMON); break;
                case 'x': callee.add(CallFeature.AUTOMIXMON); break;
                case 'W': case 'w': break;
                default:
                    LoggerFactory.getLogger("org.switchboard.pbx").warn("Skipping unknown feature code '{}'", c);
                    break;
            }
        }
    }
}
